package kr.academy.jobs.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kr.academy.common.Sampled;
import kr.academy.jobs.JobQueue;
import kr.academy.jobs.JobSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The depths of every work queue and its dead-letter queue, read together from SQS at most once per
 * {@code academy.metrics.queue-depth-interval}, so that however often the metrics are scraped (and
 * by however many scrapers) SQS sees one round of {@code GetQueueAttributes} per interval.
 */
@ApplicationScoped
public class QueueReadings {

  @Inject QueueDepths depths;
  @Inject JobSettings settings;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "academy.metrics.queue-depth-interval", defaultValue = "30")
  long intervalSeconds;

  private Sampled<Map<String, QueueDepths.Depth>> sampled;

  /** For CDI's proxy. */
  protected QueueReadings() {}

  /** Outside the container (tests), over any {@link QueueDepths}. */
  public QueueReadings(
      QueueDepths depths, JobSettings settings, Clock clock, long intervalSeconds) {
    this.depths = depths;
    this.settings = settings;
    this.clock = clock;
    this.intervalSeconds = intervalSeconds;
  }

  /** Every queue read: each work queue, then its dead-letter queue. */
  public List<String> queues() {
    return Stream.of(JobQueue.values())
        .flatMap(q -> Stream.of(settings.queueName(q), settings.deadLetterQueueName(q)))
        .toList();
  }

  /** The queue's depth at the last read; empty if that read failed. */
  public Optional<QueueDepths.Depth> depth(String queue) {
    return sampled().get().map(all -> all.get(queue));
  }

  private synchronized Sampled<Map<String, QueueDepths.Depth>> sampled() {
    if (sampled == null) {
      sampled =
          new Sampled<>(
              "the depths of the SQS queues",
              this::readAll,
              Duration.ofSeconds(intervalSeconds),
              clock);
    }
    return sampled;
  }

  private Map<String, QueueDepths.Depth> readAll() {
    Map<String, QueueDepths.Depth> all = new LinkedHashMap<>();
    queues().forEach(queue -> all.put(queue, depths.depth(queue)));
    return all;
  }
}
