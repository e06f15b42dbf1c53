package kr.academy.jobs.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import kr.academy.common.AfterCommit;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobSettings;
import kr.academy.jobs.WorkerMessage;
import kr.academy.platform.tracing.Tracing;
import kr.academy.tenancy.TenantContext;

/**
 * Puts a job's message in the outbox inside the caller's transaction, and asks the relay to send it
 * once that transaction has committed. If the process dies in between, the relay's timer sends it
 * later: a job accepted is never lost (DESIGN §3). The row keeps the caller's trace context, so the
 * worker's spans join the trace of the request that asked for the job.
 */
@ApplicationScoped
public class JobOutbox {

  @Inject OutboxRepository outbox;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject TenantContext tenant;
  @Inject JobSettings settings;
  @Inject JobRelay relay;
  @Inject Clock clock;
  @Inject Tracing tracing;

  public void enqueue(Job job) {
    var message = new WorkerMessage.JobMessage(tenant.require(), job.jobId(), job.type());
    outbox.add(
        new OutboxMessage(
            message,
            settings.queueName(job.queue()),
            clock.instant(),
            tracing.currentParent().orElse(null)));
    AfterCommit.run(transactions, relay::kick);
  }
}
