package kr.academy.media;

/** Where a video is in its life: uploaded by the academy, processed by the worker, watchable. */
public enum VideoStatus {
  /** Created; the file is being uploaded straight to storage. */
  UPLOADING,
  /** Uploaded; the worker is (or will be) finding its pages and cutting its streams. */
  PROCESSING,
  /** Pages, streams and poster are stored. */
  READY,
  /** The upload or the processing failed; {@code error} says why. */
  FAILED;

  public boolean isFinal() {
    return this == READY || this == FAILED;
  }
}
