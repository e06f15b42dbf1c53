package kr.academy.media.javacv;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Predicate;
import kr.academy.media.pages.CodedFrames;
import kr.academy.media.pages.GrayFrame;
import kr.academy.media.pages.LectureFrames;
import kr.academy.media.pages.UnreadableVideo;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * {@link LectureFrames} over one {@link FFmpegFrameGrabber}: FFmpeg scales every decoded picture to
 * {@value #WIDTH}x{@value #HEIGHT} grey itself (area averaging, which also averages encoder noise
 * away), so no full-size picture ever reaches Java. A grabber is not thread-safe: one instance per
 * video and per call, closed after.
 *
 * <p>Times are seconds from the video stream's first picture.
 */
final class GrabbedLectureFrames implements LectureFrames {

  static final int WIDTH = 160;
  static final int HEIGHT = 90;

  private static final double MICROS = 1_000_000.0;

  private final String source;
  private final FFmpegFrameGrabber grabber;
  private final double origin;
  private final double frameSeconds;
  private CodedFrames coded = CodedFrames.none();

  private GrabbedLectureFrames(String source, FFmpegFrameGrabber grabber) {
    this.source = source;
    this.grabber = grabber;
    AVStream stream = grabber.hasVideo() ? videoStream() : null;
    this.origin =
        stream == null || stream.start_time() == avutil.AV_NOPTS_VALUE
            ? 0
            : stream.start_time() * avutil.av_q2d(stream.time_base());
    double rate = grabber.hasVideo() ? grabber.getVideoFrameRate() : 0;
    this.frameSeconds = rate > 0 && Double.isFinite(rate) ? 1 / rate : 1 / 30.0;
  }

  /** Opens the video at {@code source} (a path or URL FFmpeg can read). */
  static GrabbedLectureFrames open(String source) {
    FFmpegNatives.load();
    FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(source);
    grabber.setImageWidth(WIDTH);
    grabber.setImageHeight(HEIGHT);
    grabber.setImageMode(FrameGrabber.ImageMode.GRAY);
    grabber.setPixelFormat(avutil.AV_PIX_FMT_GRAY8);
    grabber.setImageScalingFlags(swscale.SWS_AREA);
    try {
      grabber.start();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      closeQuietly(grabber);
      throw new UnreadableVideo("FFmpeg cannot open the video: " + e.getMessage(), e);
    }
    return new GrabbedLectureFrames(source, grabber);
  }

  @Override
  public boolean hasPicture() {
    return grabber.hasVideo();
  }

  @Override
  public double durationSeconds() {
    return Math.max(0, grabber.getLengthInTime() / MICROS);
  }

  /** One pass over the packets, none decoded; the grabber is rewound by the next read. */
  @Override
  public CodedFrames codedFrames() {
    int stream = grabber.getVideoStream();
    double timeBase = avutil.av_q2d(videoStream().time_base());
    int capacity = Math.max(1024, grabber.getLengthInVideoFrames() + 16);
    double[] seconds = new double[capacity];
    int[] bytes = new int[capacity];
    boolean[] keyframe = new boolean[capacity];
    int count = 0;
    try {
      seek(0);
      AVPacket packet;
      while ((packet = grabber.grabPacket()) != null) {
        try {
          if (packet.stream_index() != stream) {
            continue;
          }
          long time = packet.pts() != avutil.AV_NOPTS_VALUE ? packet.pts() : packet.dts();
          if (time == avutil.AV_NOPTS_VALUE) {
            continue;
          }
          if (count == seconds.length) {
            seconds = Arrays.copyOf(seconds, count * 2);
            bytes = Arrays.copyOf(bytes, count * 2);
            keyframe = Arrays.copyOf(keyframe, count * 2);
          }
          seconds[count] = time * timeBase - origin;
          bytes[count] = packet.size();
          keyframe[count] = (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0;
          count++;
        } finally {
          // grabPacket() hands over FFmpeg's packet as it is; its buffer is ours to release.
          avcodec.av_packet_unref(packet);
        }
      }
    } catch (FrameGrabber.Exception e) {
      throw unreadable(e);
    }
    coded = inPresentationOrder(seconds, bytes, keyframe, count);
    return coded;
  }

  @Override
  public void keyframes(Consumer<GrayFrame> each) {
    try {
      seek(0);
      Frame frame;
      while ((frame = grabber.grabKeyFrame()) != null) {
        if (frame.image != null) {
          each.accept(gray(frame));
        }
      }
    } catch (FrameGrabber.Exception e) {
      throw unreadable(e);
    }
  }

  /**
   * Only the frames handed on are scaled: whether the next frame will be due is told from the frame
   * rate before it is decoded, so the many frames in between cost their decoding alone.
   */
  @Override
  public void frames(double from, double to, double step, Predicate<GrayFrame> more) {
    try {
      double start = keyframeAtOrBefore(from);
      seek(start);
      double due = from;
      // The grabber's seek hands out the keyframe it sought next.
      double previous = start - frameSeconds;
      while (true) {
        boolean wanted = previous + 1.5 * frameSeconds >= due;
        Frame frame = grabber.grabFrame(false, true, wanted, false, false);
        if (frame == null) {
          return;
        }
        double seconds = seconds(frame.timestamp);
        if (seconds >= to) {
          return;
        }
        previous = seconds;
        if (wanted && frame.image != null && seconds >= due - frameSeconds / 2) {
          due = seconds + step;
          if (!more.test(gray(frame))) {
            return;
          }
        }
      }
    } catch (FrameGrabber.Exception e) {
      throw unreadable(e);
    }
  }

  @Override
  public void close() {
    closeQuietly(grabber);
  }

  /**
   * The keyframe to decode a window from, known from the pass over the packets (else {@code from}
   * itself). Seeking to a keyframe's own time lands on it in every container; seeking to a time
   * between keyframes lands, in an MPEG transport stream, on whatever picture is there, and the
   * decoder then waits for the next keyframe.
   */
  private double keyframeAtOrBefore(double from) {
    for (int i = coded.firstAfter(from) - 1; i >= 0; i--) {
      if (coded.keyframe(i)) {
        return coded.seconds(i);
      }
    }
    return from;
  }

  /** JavaCV's seek counts from the start of the file itself, as our times do. */
  private void seek(double seconds) throws FrameGrabber.Exception {
    grabber.setTimestamp(Math.round(seconds * MICROS));
  }

  private double seconds(long micros) {
    return micros / MICROS - origin;
  }

  private GrayFrame gray(Frame frame) {
    ByteBuffer image = (ByteBuffer) frame.image[0];
    byte[] luma = new byte[WIDTH * HEIGHT];
    for (int y = 0; y < HEIGHT; y++) {
      image.get(y * frame.imageStride, luma, y * WIDTH, WIDTH);
    }
    return new GrayFrame(seconds(frame.timestamp), WIDTH, HEIGHT, luma);
  }

  private AVStream videoStream() {
    return grabber.getFormatContext().streams(grabber.getVideoStream());
  }

  private UnreadableVideo unreadable(Exception e) {
    return new UnreadableVideo("FFmpeg cannot read " + source + ": " + e.getMessage(), e);
  }

  /** Packets come in decoding order; with B-frames that is not the order they are shown in. */
  private static CodedFrames inPresentationOrder(
      double[] seconds, int[] bytes, boolean[] keyframe, int count) {
    boolean sorted = true;
    for (int i = 1; i < count && sorted; i++) {
      sorted = seconds[i - 1] <= seconds[i];
    }
    if (sorted) {
      return new CodedFrames(
          Arrays.copyOf(seconds, count),
          Arrays.copyOf(bytes, count),
          Arrays.copyOf(keyframe, count));
    }
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(seconds[a], seconds[b]));
    double[] sortedSeconds = new double[count];
    int[] sortedBytes = new int[count];
    boolean[] sortedKeyframe = new boolean[count];
    for (int i = 0; i < count; i++) {
      sortedSeconds[i] = seconds[order[i]];
      sortedBytes[i] = bytes[order[i]];
      sortedKeyframe[i] = keyframe[order[i]];
    }
    return new CodedFrames(sortedSeconds, sortedBytes, sortedKeyframe);
  }

  private static void closeQuietly(FFmpegFrameGrabber grabber) {
    try {
      grabber.close();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      // Nothing left to do with a grabber that fails to close; its memory goes with it.
    }
  }
}
