package kr.academy.platform;

/** What Redis reports of its memory and evictions (its {@code INFO memory} and {@code stats}). */
public interface RedisStats {

  /**
   * {@code used_memory} and {@code maxmemory} in bytes (0: no limit), and {@code evicted_keys}
   * since Redis started.
   */
  record Usage(long usedBytes, long maxBytes, long evictedKeys) {}

  /** Asks Redis now; throws when it cannot be reached. */
  Usage read();
}
