package kr.academy.platform.storage;

import java.util.Locale;

/** The buckets of DESIGN §8; each name is configuration ({@link #property()}). */
public enum StorageBucket {
  AI("academy-ai"),
  VIDEO("academy-video"),
  EXCEL("academy-excel"),
  STORAGE("academy-storage");

  private final String defaultName;

  StorageBucket(String defaultName) {
    this.defaultName = defaultName;
  }

  public String defaultName() {
    return defaultName;
  }

  /** {@code academy.bucket.excel} and so on. */
  public String property() {
    return "academy.bucket." + name().toLowerCase(Locale.ROOT);
  }
}
