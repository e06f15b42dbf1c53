package kr.academy.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The messaging knobs (docs/configuration.md); times are in seconds. */
@ApplicationScoped
public class MessagingConfig {

  @Inject
  @ConfigProperty(name = "academy.messaging.max-recipients", defaultValue = "20000")
  int maxRecipients;

  @Inject
  @ConfigProperty(name = "academy.messaging.monthly-quota", defaultValue = "50000")
  int monthlyQuota;

  @Inject
  @ConfigProperty(name = "academy.messaging.wake-interval", defaultValue = "5")
  long wakeInterval;

  @Inject
  @ConfigProperty(name = "academy.messaging.report-interval", defaultValue = "60")
  long reportInterval;

  @Inject
  @ConfigProperty(name = "academy.messaging.report-window", defaultValue = "86400")
  long reportWindow;

  @Inject
  @ConfigProperty(name = "academy.messaging.retry-delay", defaultValue = "60")
  long retryDelay;

  @Inject
  @ConfigProperty(name = "academy.messaging.max-attempts", defaultValue = "3")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "academy.messaging.lost-worker-after", defaultValue = "1200")
  long lostWorkerAfter;

  @Inject
  @ConfigProperty(name = "academy.messaging.texts-per-request", defaultValue = "10000")
  int perRequest;

  /** Texts sent in one provider request (Solapi takes at most 10,000). */
  public int perRequest() {
    return Math.max(1, Math.min(perRequest, 10_000));
  }

  /** Texts one batch may carry. */
  public int maxRecipients() {
    return maxRecipients;
  }

  /** Texts an academy may send in a calendar month (KST) unless the operator set its own. */
  public int monthlyQuota() {
    return monthlyQuota;
  }

  /** How often the platform looks for batches to release or to read reports of. */
  public Duration wakeInterval() {
    return Duration.ofSeconds(wakeInterval);
  }

  /** How long after sending the delivery reports are read again. */
  public Duration reportInterval() {
    return Duration.ofSeconds(reportInterval);
  }

  /** How long after a batch is created its reports are still read. */
  public Duration reportWindow() {
    return Duration.ofSeconds(reportWindow);
  }

  /** How long a text waits after a temporary failure. */
  public Duration retryDelay() {
    return Duration.ofSeconds(retryDelay);
  }

  /** Provider calls one text gets before its temporary failure is final. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * When a batch's job has not finished after this long, the platform looks at the batch again: a
   * worker lost for good (every delivery of its job failed) does not strand its texts.
   */
  public Duration lostWorkerAfter() {
    return Duration.ofSeconds(lostWorkerAfter);
  }
}
