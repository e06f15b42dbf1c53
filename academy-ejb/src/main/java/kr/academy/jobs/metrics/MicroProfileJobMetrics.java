package kr.academy.jobs.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import kr.academy.common.AfterCommit;
import kr.academy.jobs.JobEnding;
import kr.academy.jobs.JobMetrics;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@link JobMetrics} in the application's MicroProfile registry: {@code academy.jobs.ended} counts
 * endings by type and status, {@code academy.jobs.duration} times them from submission and {@code
 * academy.jobs.attempt} the attempt that ended them. Recorded once the ending's transaction has
 * committed, so a rolled-back change is not counted.
 */
@ApplicationScoped
public class MicroProfileJobMetrics implements JobMetrics {

  static final Metadata ENDED =
      Metadata.builder()
          .withName("academy.jobs.ended")
          .withDescription("Jobs that reached a final status, by type and status")
          .build();
  static final Metadata DURATION =
      Metadata.builder()
          .withName("academy.jobs.duration")
          .withDescription("Time from a job's submission to its final status")
          .withUnit(MetricUnits.SECONDS)
          .build();
  static final Metadata ATTEMPT =
      Metadata.builder()
          .withName("academy.jobs.attempt")
          .withDescription("Time the attempt that ended a job ran, from its claim to the end")
          .withUnit(MetricUnits.SECONDS)
          .build();

  @Inject MetricRegistry registry;
  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public void ended(JobEnding ending) {
    AfterCommit.run(transactions, () -> record(ending));
  }

  private void record(JobEnding ending) {
    Tag[] tags = {new Tag("type", ending.type().name()), new Tag("status", ending.status().name())};
    registry.counter(ENDED, tags).inc();
    registry.timer(DURATION, tags).update(ending.sinceSubmitted());
    ending.attempt().ifPresent(attempt -> registry.timer(ATTEMPT, tags).update(attempt));
  }
}
