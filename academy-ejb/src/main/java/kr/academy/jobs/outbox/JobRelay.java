package kr.academy.jobs.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.academy.jobs.JobSettings;

/**
 * Sends the outbox to SQS: at once after each commit that wrote to it ({@link #kick()}), and on a
 * timer for whatever a kick missed (a failed send, a process that died after its commit). Every
 * process runs one; they share the work through {@code FOR UPDATE SKIP LOCKED}. A message sent
 * twice is harmless: workers skip a job another attempt holds or finished.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobRelay {

  private static final Logger LOG = Logger.getLogger(JobRelay.class.getName());

  private final AtomicBoolean kicked = new AtomicBoolean();

  @Resource TimerService timers;
  @Resource SessionContext self;
  @Inject OutboxSender sender;
  @Inject JobSettings settings;

  @PostConstruct
  void start() {
    long interval = settings.relayInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("job-relay", false));
  }

  /** Asks for a send soon; kicks that arrive while one is pending are folded into it. */
  public void kick() {
    if (kicked.compareAndSet(false, true)) {
      self.getBusinessObject(JobRelay.class).drainSoon();
    }
  }

  @Asynchronous
  public void drainSoon() {
    kicked.set(false);
    drain();
  }

  @Timeout
  void onTimer(Timer timer) {
    drain();
  }

  private void drain() {
    try {
      int sent;
      do {
        sent = sender.sendBatch();
      } while (sent == OutboxSender.BATCH);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "job relay could not send the outbox; the timer retries", e);
    }
  }
}
