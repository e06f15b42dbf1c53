package kr.academy.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;
import org.eclipse.persistence.config.QueryHints;

/**
 * Holds scheduled texts for the platform (SQS delays stop at 15 minutes): on a timer, finds the
 * batches in every academy whose wake time has come, through {@code due_message_batches()} which
 * returns ids only, and wakes each in its own academy's transaction. The state is in the database,
 * so a restart loses nothing; every process runs one and the batch row lock keeps them apart.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MessageWakeTimer {

  private static final Logger LOG = Logger.getLogger(MessageWakeTimer.class.getName());
  private static final int MAX_PER_PASS = 200;

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Resource TimerService timers;
  @Inject MessageBatches batches;
  @Inject TenantContext tenant;
  @Inject MessagingConfig config;
  @Inject Clock clock;

  @PostConstruct
  void start() {
    long interval = config.wakeInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("message-wake", false));
  }

  @Timeout
  void onTimer(Timer timer) {
    try {
      wakeDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "message wake pass failed; the next pass retries", e);
    }
  }

  private void wakeDue() {
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery("SELECT tenant_id, batch_id FROM due_message_batches(?1, ?2)")
            .setParameter(1, Timestamp.from(clock.instant()))
            .setParameter(2, MAX_PER_PASS)
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    for (Object[] row : due) {
      TenantId academy = new TenantId(((Number) row[0]).longValue());
      UUID batch = (UUID) row[1];
      try {
        tenant.callAs(
            academy,
            () -> {
              batches.wake(batch);
              return null;
            });
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "could not wake message batch " + batch, e);
      }
    }
  }
}
