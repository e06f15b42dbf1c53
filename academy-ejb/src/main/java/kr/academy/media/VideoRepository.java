package kr.academy.media;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/** The bound academy's videos and their pages. */
public interface VideoRepository {

  void add(Video video);

  void flush();

  Optional<Video> find(UUID videoId);

  /**
   * The video, locked until the transaction ends: completion, processing and deletion take turns.
   */
  Optional<Video> lock(UUID videoId);

  /** The video's pages in order. */
  List<StoredPage> pages(Video video);

  /** Replaces every page of the video. */
  void replacePages(Video video, List<StoredPage> pages);

  /** Removes the video and its pages. */
  void remove(Video video);

  /** A page of the academy's videos, newest first, with the columns a list shows. */
  Page<VideoSummary> list(VideoSearch search, PageRequest page);
}
