package kr.academy.jobs.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import kr.academy.jobs.JobQueue;
import kr.academy.jobs.JobSettings;
import kr.academy.jobs.operations.DeliverySlots;
import kr.academy.jobs.operations.QueueDepths;
import kr.academy.jobs.operations.QueueReadings;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gauges of every work queue, tagged with its SQS name: its depth and its dead-letter queue's (from
 * {@link QueueReadings}, read at most once per interval; NaN while SQS cannot be read), and the
 * deliveries this process's consumer runs against its bound (0 of 0 in a process that runs none).
 */
@ApplicationScoped
public class QueueGauges {

  static final Metadata WAITING =
      gauge(
          "academy.queue.messages", "Messages waiting in the queue (ApproximateNumberOfMessages)");
  static final Metadata IN_FLIGHT =
      gauge(
          "academy.queue.messages.in_flight",
          "Messages received from the queue and not yet deleted"
              + " (ApproximateNumberOfMessagesNotVisible)");
  static final Metadata DEAD_LETTERS =
      gauge("academy.dlq.messages", "Messages in the dead-letter queue (jobs that used every try)");
  static final Metadata SLOTS_IN_USE =
      gauge("academy.mdb.slots.in_use", "Deliveries of the queue this process runs now");
  static final Metadata SLOTS_MAX =
      gauge(
          "academy.mdb.slots.max",
          "Most deliveries of the queue this process may run at once (shared in a slot group)");

  @Inject MetricRegistry registry;
  @Inject QueueReadings readings;
  @Inject DeliverySlots slots;
  @Inject JobSettings settings;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (JobQueue queue : JobQueue.values()) {
      String name = settings.queueName(queue);
      String deadLetters = settings.deadLetterQueueName(queue);
      depth(WAITING, name, () -> readings.depth(name).map(QueueDepths.Depth::waiting));
      depth(IN_FLIGHT, name, () -> readings.depth(name).map(QueueDepths.Depth::inFlight));
      depth(
          DEAD_LETTERS,
          deadLetters,
          () -> readings.depth(deadLetters).map(QueueDepths.Depth::waiting));
      registry.gauge(
          SLOTS_IN_USE,
          () -> slots.of(name).map(DeliverySlots.Slots::inUse).orElse(0),
          new Tag("queue", name));
      registry.gauge(
          SLOTS_MAX,
          () -> slots.of(name).map(DeliverySlots.Slots::max).orElse(0),
          new Tag("queue", name));
    }
  }

  private void depth(Metadata metadata, String queue, Supplier<Optional<Long>> depth) {
    registry.gauge(
        metadata,
        () -> depth.get().map(Long::doubleValue).orElse(Double.NaN),
        new Tag("queue", queue));
  }

  private static Metadata gauge(String name, String description) {
    return Metadata.builder().withName(name).withDescription(description).build();
  }
}
