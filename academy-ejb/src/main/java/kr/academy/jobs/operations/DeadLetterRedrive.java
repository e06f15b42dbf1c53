package kr.academy.jobs.operations;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import kr.academy.common.UniqueViolations;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobQueue;
import kr.academy.jobs.JobSettings;
import kr.academy.jobs.WorkerMessage;
import kr.academy.jobs.progress.ProgressBoard;
import kr.academy.tenancy.TenantContext;

/**
 * The operator's re-drive of a queue's dead letters (docs/operations.md), once the cause is fixed:
 * each FAILED job whose message is there goes back to QUEUED with fresh attempts and is sent again
 * through the outbox; a dead letter whose job has finished meanwhile, or that is no job at all, is
 * dropped and counted. Each dead letter is deleted only after its job was re-queued. A job that may
 * not be re-queued yet (a student import while the academy has another one open) keeps its dead
 * letter for a later re-drive and is counted as held.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadLetterRedrive {

  /** What one re-drive did. */
  public record Outcome(
      String deadLetterQueue, int requeued, int alreadyFinished, int unreadable, int held) {}

  private static final int MAX_ROUNDS = 100;
  private static final Logger LOG = Logger.getLogger(DeadLetterRedrive.class.getName());

  @Inject DeadLetters deadLetters;
  @Inject UniqueViolations uniqueViolations;
  @Inject JobSettings settings;
  @Inject TenantContext tenant;
  @Inject JobRequeue requeue;
  @Inject ProgressBoard board;

  public Outcome redrive(JobQueue queue) {
    String name = settings.deadLetterQueueName(queue);
    int requeued = 0;
    int finished = 0;
    int unreadable = 0;
    int held = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<DeadLetters.Letter> letters = deadLetters.receive(name);
      if (letters.isEmpty()) {
        break;
      }
      for (DeadLetters.Letter letter : letters) {
        WorkerMessage message;
        try {
          message = WorkerMessage.parse(letter.body());
        } catch (IllegalArgumentException e) {
          LOG.warning("dropping unreadable dead letter " + letter.id() + ": " + e.getMessage());
          unreadable++;
          deadLetters.delete(name, letter);
          continue;
        }
        Optional<JobProgress> queuedAgain;
        try {
          queuedAgain =
              message instanceof WorkerMessage.JobMessage job
                  ? tenant.callAs(job.tenant(), () -> requeue.requeue(job.job()))
                  : Optional.empty();
        } catch (RuntimeException e) {
          if (!uniqueViolations.causedBy(e)) {
            throw e;
          }
          LOG.warning("dead letter " + letter.id() + " held: " + e.getMessage());
          held++;
          continue;
        }
        if (queuedAgain.isPresent()) {
          var job = (WorkerMessage.JobMessage) message;
          board.post(job.tenant(), job.job(), queuedAgain.get());
          requeued++;
        } else {
          finished++;
        }
        deadLetters.delete(name, letter);
      }
    }
    return new Outcome(name, requeued, finished, unreadable, held);
  }
}
