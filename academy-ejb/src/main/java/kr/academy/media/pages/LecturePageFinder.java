package kr.academy.media.pages;

import java.util.List;

/**
 * Finds the pages of a lecture video: what the video worker calls between probing the video and
 * cutting its streams (docs/video.md, Pages).
 */
public interface LecturePageFinder {

  /**
   * The pages of the video at {@code source} (a path or URL FFmpeg can open), in order of first
   * appearance; at most the configured maximum; empty for a video without slides (audio only).
   */
  List<SlidePage> find(String source);
}
