package kr.academy.jobs.operations;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.academy.jobs.JobQueue;
import kr.academy.jobs.JobSettings;
import kr.academy.jobs.WorkerMessage;
import kr.academy.jobs.outbox.QueueSender;

/**
 * The operator's check that every queue has a live consumer somewhere: a probe message to each
 * queue, then a wait for the workers to note them. A queue whose worker role is not running (or
 * whose activation spec is mis-named, which Liberty only logs) shows as not received.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueueLivenessCheck {

  /** One queue's answer. */
  public record Answer(JobQueue queue, String name, boolean received, long millis) {}

  private static final Duration POLL = Duration.ofMillis(50);

  @Inject QueueSender sender;
  @Inject ProbeReceipts probes;
  @Inject JobSettings settings;

  public List<Answer> probe(Duration wait) throws InterruptedException {
    Map<JobQueue, String> nonces = new EnumMap<>(JobQueue.class);
    List<QueueSender.Outgoing> messages = new ArrayList<>();
    for (JobQueue queue : JobQueue.values()) {
      String nonce = UUID.randomUUID().toString();
      nonces.put(queue, nonce);
      messages.add(
          new QueueSender.Outgoing(
              settings.queueName(queue), new WorkerMessage.Probe(nonce).toJson(), null));
    }
    long start = System.nanoTime();
    if (sender.send(messages) < messages.size()) {
      throw new IllegalStateException("SQS did not take every probe");
    }
    Map<JobQueue, Long> answered = new EnumMap<>(JobQueue.class);
    long deadline = start + wait.toNanos();
    while (answered.size() < nonces.size() && System.nanoTime() < deadline) {
      for (var entry : nonces.entrySet()) {
        if (!answered.containsKey(entry.getKey())
            && probes.receivedBy(entry.getValue()).isPresent()) {
          answered.put(entry.getKey(), (System.nanoTime() - start) / 1_000_000);
        }
      }
      Thread.sleep(POLL.toMillis());
    }
    List<Answer> answers = new ArrayList<>();
    for (JobQueue queue : JobQueue.values()) {
      Long millis = answered.get(queue);
      answers.add(
          new Answer(
              queue, settings.queueName(queue), millis != null, millis == null ? -1 : millis));
    }
    return answers;
  }
}
