package kr.academy.testing;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes a {@link LectureScript} to a video file with JavaCV's FFmpeg, the LGPL build the product
 * ships: H.264 through libopenh264 when the build has it, MPEG-4 Part 2 otherwise (there is no
 * libx264 in it). The GOP is fixed (scene-cut keyframes off where the encoder allows), so the
 * keyframes are as far apart as the test asks.
 */
public final class LectureVideoFile {

  private LectureVideoFile() {}

  /** The encoder this FFmpeg build writes test videos with. */
  public static String encoder() {
    return avcodec.avcodec_find_encoder_by_name("libopenh264") != null ? "libopenh264" : "mpeg4";
  }

  /**
   * Writes {@code script} to {@code file}, in the container its name says ({@code .mp4}, {@code
   * .ts}, …): {@code width}x{@code height} at {@code fps}, a keyframe every {@code gopSeconds} (at
   * least the duration: only the first frame is one).
   */
  public static Path write(
      LectureScript script, Path file, int width, int height, double fps, double gopSeconds)
      throws FrameRecorder.Exception {
    return write(script, file, width, height, fps, gopSeconds, 0);
  }

  /** The same, with the container's clock starting at {@code startSeconds} instead of 0. */
  public static Path write(
      LectureScript script,
      Path file,
      int width,
      int height,
      double fps,
      double gopSeconds,
      double startSeconds)
      throws FrameRecorder.Exception {
    int frames = (int) Math.floor(script.duration() * fps);
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toString(), width, height)) {
      recorder.setVideoCodecName(encoder());
      recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      recorder.setFrameRate(fps);
      recorder.setGopSize(Math.min(frames + 1, (int) Math.round(gopSeconds * fps)));
      recorder.setVideoBitrate(width * height * 8);
      recorder.setVideoOption("sc_threshold", "1000000000");
      recorder.setOption("output_ts_offset", Double.toString(startSeconds));
      recorder.start();
      Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 1);
      ByteBuffer image = (ByteBuffer) frame.image[0];
      byte[] levels = new byte[width * height];
      for (int i = 0; i < frames; i++) {
        script.paint(i / fps, width, height, levels);
        for (int y = 0; y < height; y++) {
          image.put(y * frame.imageStride, levels, y * width, width);
        }
        recorder.record(frame, avutil.AV_PIX_FMT_GRAY8);
      }
      recorder.stop();
    }
    return file;
  }
}
