package kr.academy.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * What the video worker asks of FFmpeg: read a file's streams, cut stills, write HLS. Media that
 * FFmpeg cannot read or convert is a {@link MediaRejected} with a sentence for the academy.
 */
public interface MediaTools {

  /** A JPEG to cut: where it goes and the widest it may be (never scaled up). */
  record Still(Path jpeg, int maxWidth) {}

  /** A rendition written: its playlist, with its segments beside it. */
  record HlsOutput(Rendition rendition, Path playlist) {}

  MediaInfo probe(Path file) throws IOException;

  /** Cuts the frame shown at {@code seconds} once into each still. */
  void stills(Path video, double seconds, List<Still> stills) throws IOException;

  /**
   * Writes each rendition into {@code dir/<name>/index.m3u8} and its segments, cut near {@code
   * segmentSeconds} (at the source's keyframes where a stream is copied); reports percent done. An
   * exception thrown by {@code progress} stops the work and is rethrown.
   */
  List<HlsOutput> hls(
      Path source,
      MediaInfo info,
      List<Rendition> renditions,
      int segmentSeconds,
      Path dir,
      IntConsumer progress)
      throws IOException;
}
