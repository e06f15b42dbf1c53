package kr.academy.jobs.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import kr.academy.jobs.WorkerMessage;

/**
 * A message to send to a work queue, written in the same transaction as the job change that needs
 * it. Not tenant-scoped: the relay of any process sends any academy's messages, and a row holds
 * only ids.
 */
@Entity
@Table(name = "job_outbox")
public class OutboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private long id;

  @Column(name = "tenant_id", nullable = false)
  private long tenantId;

  @Column(name = "job_id", nullable = false)
  private UUID jobId;

  @Column(nullable = false)
  private String queue;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The W3C trace context of the change that wrote the row; null outside a trace. */
  @Column(name = "trace_parent")
  private String traceParent;

  protected OutboxMessage() {}

  OutboxMessage(WorkerMessage.JobMessage message, String queue, Instant now, String traceParent) {
    this.tenantId = message.tenant().value();
    this.jobId = message.job().value();
    this.queue = queue;
    this.body = message.toJson();
    this.createdAt = now;
    this.traceParent = traceParent;
  }
}
