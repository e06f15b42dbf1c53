package kr.academy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import kr.academy.common.SharedStateUnavailable;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class SessionsTest {

  private static final TenantId ACADEMY = new TenantId(7);
  private static final Account MEMBER = Account.member(ACADEMY, 12);
  private static final Account ADMIN = Account.platformAdmin(1);

  private final Map<Account, Long> database = new HashMap<>(Map.of(MEMBER, 3L, ADMIN, 0L));
  private final Cache cache = new Cache();
  private final TenantContext context = new TenantContext();
  private final Sessions sessions = new Sessions();
  private final AtomicLong nanos = new AtomicLong();

  SessionsTest() {
    sessions.recent = new RecentTokenVersions(Duration.ofSeconds(1), nanos::get);
    sessions.cache = cache;
    sessions.context = context;
    sessions.stored =
        new TokenVersions() {
          @Override
          public OptionalLong ofMember(long userId) {
            assertEquals(ACADEMY, context.require(), "read for the token's academy");
            return stored(Account.member(ACADEMY, userId));
          }

          @Override
          public OptionalLong ofPlatformAdmin(long adminId) {
            return stored(Account.platformAdmin(adminId));
          }
        };
  }

  private OptionalLong stored(Account account) {
    Long version = database.get(account);
    return version == null ? OptionalLong.empty() : OptionalLong.of(version);
  }

  @Test
  void aTokenIsCurrentWhileItsVersionIsTheAccountsOrNewer() {
    assertTrue(sessions.isCurrent(MEMBER, 3));
    assertFalse(sessions.isCurrent(MEMBER, 2));
    assertTrue(sessions.isCurrent(ADMIN, 0));
  }

  @Test
  void theDatabaseAnswersOnceAndRedisAfterwards() {
    sessions.isCurrent(MEMBER, 3);
    assertEquals(3L, cache.versions.get(MEMBER));
    database.put(MEMBER, 4L);
    assertTrue(sessions.isCurrent(MEMBER, 3), "the copy answers until raised or expired");
    assertTrue(context.current().isEmpty(), "the academy was bound for the read only");
  }

  @Test
  void aRaisedCopyEndsOlderTokensEverywhere() {
    cache.raise(MEMBER, 5);
    assertFalse(sessions.isCurrent(MEMBER, 4));
    assertTrue(sessions.isCurrent(MEMBER, 5));
  }

  @Test
  void withoutRedisTheDatabaseAnswersOnceTheRecentCopyLapses() {
    cache.down = true;
    assertTrue(sessions.isCurrent(MEMBER, 3));
    database.put(MEMBER, 4L);
    aMomentPasses();
    assertFalse(sessions.isCurrent(MEMBER, 3));
  }

  @Test
  void aVersionRaisedElsewhereIsSeenHereWithinAMoment() {
    assertTrue(sessions.isCurrent(MEMBER, 3));
    cache.raise(MEMBER, 4);
    assertTrue(sessions.isCurrent(MEMBER, 3), "this process read version 3 a moment ago");
    aMomentPasses();
    assertFalse(sessions.isCurrent(MEMBER, 3));
  }

  @Test
  void aLogoutHereEndsTheSessionHereAtOnce() {
    sessions.stored =
        new TokenVersions() {
          @Override
          public OptionalLong ofMember(long userId) {
            return OptionalLong.of(3);
          }

          @Override
          public OptionalLong ofPlatformAdmin(long adminId) {
            return OptionalLong.of(0);
          }

          @Override
          public OptionalLong endPlatformAdminSessions(long adminId) {
            return OptionalLong.of(1);
          }
        };
    assertTrue(sessions.isCurrent(ADMIN, 0));
    sessions.end(ADMIN);
    assertFalse(sessions.isCurrent(ADMIN, 0), "no moment's grace in the process that ended it");
  }

  private void aMomentPasses() {
    nanos.addAndGet(Duration.ofMillis(1_001).toNanos());
  }

  @Test
  void anAccountThatNoLongerExistsHasNoSession() {
    database.remove(MEMBER);
    assertFalse(sessions.isCurrent(MEMBER, 3));
    assertFalse(sessions.isCurrent(Account.platformAdmin(99), 0));
  }

  /** Redis as the cache: versions only go up; "down" fails every call. */
  private static final class Cache implements TokenVersionCache {

    final Map<Account, Long> versions = new HashMap<>();
    boolean down;

    @Override
    public OptionalLong read(Account account) {
      if (down) {
        throw new SharedStateUnavailable("down", null);
      }
      Long version = versions.get(account);
      return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    @Override
    public void raise(Account account, long version) {
      if (down) {
        throw new SharedStateUnavailable("down", null);
      }
      versions.merge(account, version, Math::max);
    }
  }
}
