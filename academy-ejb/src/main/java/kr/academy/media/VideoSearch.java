package kr.academy.media;

import kr.academy.common.DomainException;

/**
 * Which of the academy's videos a list shows: by status and a text in the title ({@code q}); {@code
 * studentView} keeps only published, ready videos whatever else is asked.
 */
public record VideoSearch(VideoStatus status, String q, boolean studentView) {

  static final int Q_MAX = 100;

  public VideoSearch {
    q = q == null || q.isBlank() ? null : q.strip();
    if (q != null && q.length() > Q_MAX) {
      throw DomainException.invalid("q", "q must be at most " + Q_MAX + " characters");
    }
  }
}
