package kr.academy.media;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The video worker's transactions on a video, each committing on its own so that what it records
 * (pages, above all) is visible at once. Every call after {@link #begin} answers false when the
 * video was deleted meanwhile: the worker then stops and deletes what it stored.
 */
public interface VideoWork {

  /** The video as an attempt starts it. */
  record Start(VideoKeys keys, long sizeBytes, boolean alreadyReady, int pages) {}

  /**
   * Takes the video for processing: unless it is ready already, everything derived from its file
   * (pages, streams, poster, probe) is forgotten so that the attempt starts clean. Empty when the
   * video no longer exists.
   */
  Optional<Start> begin(UUID video);

  boolean probed(UUID video, MediaInfo info);

  /** Replaces the video's pages: they are shown from now on. */
  boolean pagesFound(UUID video, List<StoredPage> pages);

  boolean ready(UUID video, String masterKey, String posterKey);

  /** The video cannot be processed: FAILED with {@code reason}, its pages forgotten. */
  boolean failed(UUID video, String reason);

  boolean exists(UUID video);
}
