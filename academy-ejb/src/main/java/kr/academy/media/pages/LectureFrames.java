package kr.academy.media.pages;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The pictures of one lecture video as page detection reads them: small grey frames, keyframes
 * first, more only where asked. One instance reads one video on one thread and is closed after.
 * Implemented over FFmpeg in {@code media.javacv}; failures to read surface as {@link
 * UnreadableVideo}.
 */
public interface LectureFrames extends AutoCloseable {

  /** Whether the video has a picture at all (an audio-only upload has none, and no pages). */
  boolean hasPicture();

  /** The length of the video in seconds. */
  double durationSeconds();

  /**
   * The compressed size of every picture, read without decoding (may be {@link CodedFrames#none}).
   */
  CodedFrames codedFrames();

  /** Decodes the keyframes only, in order, and hands each on. */
  void keyframes(Consumer<GrayFrame> each);

  /**
   * Decodes from the keyframe at or before {@code from} up to {@code to} (exclusive) and hands on
   * the first frame at or after {@code from}, then each first frame at least {@code step} seconds
   * after the last one handed on. Costs a decode of everything from that keyframe on: page
   * detection asks for it only near a change or where keyframes are far apart. Stops early once
   * {@code more} answers false.
   */
  void frames(double from, double to, double step, Predicate<GrayFrame> more);

  @Override
  void close();
}
