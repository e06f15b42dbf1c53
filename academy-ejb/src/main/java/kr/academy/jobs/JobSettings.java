package kr.academy.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** The knobs of the job backbone, read once from MicroProfile Config (docs/configuration.md). */
@ApplicationScoped
public class JobSettings {

  private final Map<JobQueue, String> queueNames = new EnumMap<>(JobQueue.class);
  private final Map<JobType, Duration> timeouts = new EnumMap<>(JobType.class);
  private int maxAttempts = 3;
  private Duration resendQueuedAfter = Duration.ofMinutes(5);
  private Duration lease = Duration.ofSeconds(30);
  private Duration leaseRenewInterval = Duration.ofSeconds(5);
  private Duration runningProgressTtl = Duration.ofHours(6);
  private Optional<Duration> finalProgressTtl = Optional.empty();
  private Duration relayInterval = Duration.ofSeconds(2);
  private Duration sweepInterval = Duration.ofSeconds(10);

  /** The defaults of docs/configuration.md; {@link #read} overrides them from configuration. */
  public JobSettings() {
    for (JobQueue queue : JobQueue.values()) {
      queueNames.put(queue, queue.defaultName());
    }
    for (JobType type : JobType.values()) {
      timeouts.put(type, type.defaultTimeout());
    }
  }

  @Inject
  void read(Config config) {
    queueNames.replaceAll(
        (queue, name) -> config.getOptionalValue(queue.property(), String.class).orElse(name));
    timeouts.replaceAll((type, timeout) -> seconds(config, type.timeoutProperty(), timeout));
    maxAttempts =
        config.getOptionalValue("academy.jobs.max-attempts", Integer.class).orElse(maxAttempts);
    resendQueuedAfter = seconds(config, "academy.jobs.resend-queued-after", resendQueuedAfter);
    lease = seconds(config, "academy.jobs.lease", lease);
    leaseRenewInterval = seconds(config, "academy.jobs.lease-renew-interval", leaseRenewInterval);
    if (leaseRenewInterval.isZero()
        || leaseRenewInterval.isNegative()
        || leaseRenewInterval.compareTo(lease) >= 0) {
      throw new IllegalArgumentException(
          "academy.jobs.lease-renew-interval ("
              + leaseRenewInterval.toSeconds()
              + " s) must be positive and shorter than academy.jobs.lease ("
              + lease.toSeconds()
              + " s)");
    }
    runningProgressTtl = seconds(config, "academy.progress.running-ttl", runningProgressTtl);
    Duration finalTtl = seconds(config, "academy.progress.final-ttl", Duration.ZERO);
    finalProgressTtl = finalTtl.isZero() ? Optional.empty() : Optional.of(finalTtl);
    relayInterval = seconds(config, "academy.jobs.relay-interval", relayInterval);
    sweepInterval = seconds(config, "academy.jobs.sweep-interval", sweepInterval);
  }

  private static Duration seconds(Config config, String property, Duration fallback) {
    return config.getOptionalValue(property, Long.class).map(Duration::ofSeconds).orElse(fallback);
  }

  public String queueName(JobQueue queue) {
    return queueNames.get(queue);
  }

  /** The dead-letter queue of {@code queue}: its name with {@code -dlq} (DESIGN §3). */
  public String deadLetterQueueName(JobQueue queue) {
    return queueName(queue) + "-dlq";
  }

  /** How long one attempt of this type may run before it is stopped and the job FAILED. */
  public Duration timeout(JobType type) {
    return timeouts.get(type);
  }

  /** Deliveries a job gets before it is FAILED; equal to the queues' maxReceiveCount. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** A job still QUEUED this long after it was sent is sent again (its message was lost). */
  public Duration resendQueuedAfter() {
    return resendQueuedAfter;
  }

  /**
   * How long a running attempt holds its job without renewing: a job whose lease has lapsed has
   * lost its worker, and the next delivery or the sweeper takes it over.
   */
  public Duration lease() {
    return lease;
  }

  /** How often a worker renews the lease of each attempt it runs; several fit in one lease. */
  public Duration leaseRenewInterval() {
    return leaseRenewInterval;
  }

  public Duration runningProgressTtl() {
    return runningProgressTtl;
  }

  /** Empty: final progress stays in Redis until evicted (DESIGN §4); else the cost-saving TTL. */
  public Optional<Duration> finalProgressTtl() {
    return finalProgressTtl;
  }

  public Duration relayInterval() {
    return relayInterval;
  }

  public Duration sweepInterval() {
    return sweepInterval;
  }
}
