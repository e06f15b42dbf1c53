package kr.academy.media.javacv;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Small lecture-like files written with JavaCV for the tests: slides, a tone, or sound alone. */
final class GeneratedVideos {

  static final int FPS = 25;

  private GeneratedVideos() {}

  /**
   * {@code seconds} of H.264 (libopenh264) in MP4, a new slide every 2 s, with an AAC tone when
   * {@code audio}; {@code frames} overrides the number of frames (1 for a single picture).
   */
  static Path lecture(
      Path file, int width, int height, double seconds, boolean audio, Integer frames)
      throws Exception {
    int total = frames != null ? frames : (int) Math.round(seconds * FPS);
    Java2DFrameConverter converter = new Java2DFrameConverter();
    try (FFmpegFrameRecorder recorder =
        new FFmpegFrameRecorder(file.toFile(), width, height, audio ? 1 : 0)) {
      recorder.setFormat("mp4");
      recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
      recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      recorder.setFrameRate(FPS);
      recorder.setGopSize(FPS);
      recorder.setVideoBitrate(300_000);
      if (audio) {
        recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
        recorder.setSampleRate(44_100);
        recorder.setAudioBitrate(64_000);
      }
      recorder.start();
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
      int samplesPerFrame = 44_100 / FPS;
      for (int n = 0; n < total; n++) {
        int slide = n / (2 * FPS);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40 + 50 * (slide % 4), 80, 200 - 40 * (slide % 4)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, height / 8)));
        g.drawString("Slide " + (slide + 1), width / 10, height / 2);
        g.dispose();
        recorder.record(converter.convert(image));
        if (audio) {
          recorder.recordSamples(44_100, 1, tone(n * samplesPerFrame, samplesPerFrame));
        }
      }
      recorder.stop();
    }
    return file;
  }

  /** {@code seconds} of an AAC tone in an MP4 container without a picture. */
  static Path soundOnly(Path file, double seconds) throws Exception {
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 1)) {
      recorder.setFormat("mp4");
      recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
      recorder.setSampleRate(44_100);
      recorder.setAudioBitrate(64_000);
      recorder.start();
      int chunk = 4410;
      for (int at = 0; at < seconds * 44_100; at += chunk) {
        recorder.recordSamples(44_100, 1, tone(at, chunk));
      }
      recorder.stop();
    }
    return file;
  }

  private static ShortBuffer tone(int from, int count) {
    short[] samples = new short[count];
    for (int i = 0; i < count; i++) {
      samples[i] = (short) (Math.sin(2 * Math.PI * 440 * (from + i) / 44_100.0) * 8000);
    }
    return ShortBuffer.wrap(samples);
  }
}
