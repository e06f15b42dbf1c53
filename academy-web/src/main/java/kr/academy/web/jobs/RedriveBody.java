package kr.academy.web.jobs;

import kr.academy.jobs.operations.DeadLetterRedrive;

/** What a re-drive did to a dead-letter queue. */
public record RedriveBody(
    String deadLetterQueue, int requeued, int alreadyFinished, int unreadable, int held) {

  static RedriveBody of(DeadLetterRedrive.Outcome outcome) {
    return new RedriveBody(
        outcome.deadLetterQueue(),
        outcome.requeued(),
        outcome.alreadyFinished(),
        outcome.unreadable(),
        outcome.held());
  }
}
