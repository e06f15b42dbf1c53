package kr.academy.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * The token versions this process read or raised within the last moment. Every request checks its
 * person's version, and a person polling a job's progress or paging a roster asks many times a
 * second: answering those from memory spares each a Redis round trip, which measured 35–40 % of the
 * cost of a progress poll (docs/performance.md, "Re-run after issue 11"). A version raised in this
 * process is seen here at once; one raised in another process, after at most {@code keep}.
 */
final class RecentTokenVersions {

  /** Bounds the memory of a process that sees very many people within {@code keep}. */
  private static final int MOST_ACCOUNTS = 100_000;

  private final Cache<Account, Long> versions;

  RecentTokenVersions(Duration keep, Ticker ticker) {
    versions =
        Caffeine.newBuilder()
            .expireAfterWrite(keep)
            .maximumSize(MOST_ACCOUNTS)
            .ticker(ticker)
            .build();
  }

  OptionalLong of(Account account) {
    Long version = versions.getIfPresent(account);
    return version == null ? OptionalLong.empty() : OptionalLong.of(version);
  }

  /** Remembers {@code version} unless a higher one is remembered: versions only grow. */
  void remember(Account account, long version) {
    versions.asMap().merge(account, version, Math::max);
  }
}
