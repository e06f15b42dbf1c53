package kr.academy.web.jobs;

import kr.academy.jobs.JobQueue;
import kr.academy.jobs.operations.QueueLivenessCheck;

/** One queue's answer to a probe: whether a worker received it, and how fast. */
public record ProbeBody(JobQueue queue, String name, boolean received, long millis) {

  static ProbeBody of(QueueLivenessCheck.Answer answer) {
    return new ProbeBody(answer.queue(), answer.name(), answer.received(), answer.millis());
  }
}
