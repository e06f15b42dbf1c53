package kr.academy.identity;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.academy.common.SharedStateUnavailable;
import kr.academy.tenancy.TenantContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a token still opens a session, and ending sessions (docs/api.md, Sessions). A token is
 * current while the version it carries is at least its account's token version; raising the version
 * ends every token issued before. The database holds the versions, Redis a copy that every request
 * reads (one round trip) unless this process read it a moment ago ({@link RecentTokenVersions});
 * without a copy, or without Redis, the database answers.
 */
@ApplicationScoped
public class Sessions {

  private static final Logger LOG = Logger.getLogger(Sessions.class.getName());

  @Inject TokenVersionCache cache;
  @Inject TokenVersions stored;
  @Inject TenantContext context;

  @Inject
  @ConfigProperty(name = "academy.auth.token-version-local-millis", defaultValue = "1000")
  long localMillis;

  @Resource TransactionSynchronizationRegistry transactions;

  RecentTokenVersions recent;

  @PostConstruct
  void keepRecentVersions() {
    recent = new RecentTokenVersions(Duration.ofMillis(localMillis), Ticker.systemTicker());
  }

  public boolean isCurrent(Account account, long tokenVersion) {
    OptionalLong current = recent.of(account);
    if (current.isEmpty()) {
      current = cached(account);
      if (current.isEmpty()) {
        current = stored(account);
        current.ifPresent(version -> remember(account, version));
      }
      current.ifPresent(version -> recent.remember(account, version));
    }
    return current.isPresent() && tokenVersion >= current.getAsLong();
  }

  /** Logout: ends every session of the account, on every device. */
  public void end(Account account) {
    OptionalLong version;
    if (account.isPlatformAdmin()) {
      version = stored.endPlatformAdminSessions(account.id());
    } else {
      version = actingFor(account, () -> stored.endMemberSessions(account.id()));
    }
    version.ifPresent(v -> publish(account, v));
  }

  /**
   * For work that ended the account's sessions inside the current transaction (a removal, a new
   * password): once it commits, every process sees the new version. Before the commit nothing is
   * published, since a rollback would leave Redis ahead of the database.
   */
  public void endedInThisTransaction(Account account, long version) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // Nothing to do before the outcome is known.
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              publish(account, version);
            }
          }
        });
  }

  private OptionalLong stored(Account account) {
    if (account.isPlatformAdmin()) {
      return stored.ofPlatformAdmin(account.id());
    }
    return actingFor(account, () -> stored.ofMember(account.id()));
  }

  /**
   * Runs {@code work} for the member's academy, the one their verified token names: bound only for
   * the work when the request has none bound yet (the session check runs before the request's
   * academy is bound), and refused if another is bound.
   */
  private OptionalLong actingFor(Account account, Supplier<OptionalLong> work) {
    if (context.current().isEmpty()) {
      return context.callAs(account.tenant(), work);
    }
    context.bind(account.tenant());
    return work.get();
  }

  private OptionalLong cached(Account account) {
    try {
      return cache.read(account);
    } catch (SharedStateUnavailable e) {
      return OptionalLong.empty();
    }
  }

  private void remember(Account account, long version) {
    try {
      cache.raise(account, version);
    } catch (SharedStateUnavailable e) {
      // The database answers until Redis is back.
    }
  }

  /**
   * A new version Redis missed leaves its old copy for at most the copy's expiry, during which
   * older tokens of the account still pass: the one way an ended session outlives its end, so
   * logged.
   */
  private void publish(Account account, long version) {
    recent.remember(account, version);
    try {
      cache.raise(account, version);
    } catch (SharedStateUnavailable e) {
      LOG.log(
          Level.WARNING,
          "token version {0} of {1} not copied to Redis: {2}",
          new Object[] {version, account.subject(), e.getMessage()});
    }
  }
}
