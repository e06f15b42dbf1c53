package kr.academy.messaging;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.academy.jobs.JobId;
import kr.academy.tenancy.TenantScoped;

/**
 * One request to text many people, with the text exactly as it goes out. Its recipients are rows of
 * their own ({@link RecipientStatus}); the batch remembers when the platform must next act on it
 * ({@code wakeAt}: release held texts, read delivery reports, or retry after a lost worker) and
 * which job is working on it, so only one does at a time.
 */
@Entity
@Table(name = "message_batch")
public class MessageBatch extends TenantScoped {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_batch_id")
  @SequenceGenerator(
      name = "message_batch_id",
      sequenceName = "message_batch_id_seq",
      allocationSize = 50)
  private long id;

  @Column(name = "batch_id", nullable = false)
  private UUID batchId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private MessageKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false)
  private MessageType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "fallback_type")
  private MessageType fallbackType;

  @Column(name = "sender_number", nullable = false)
  private String senderNumber;

  @Column(name = "subject")
  private String subject;

  @Column(name = "text", nullable = false)
  private String text;

  @Column(name = "template_code")
  private String templateCode;

  @Column(name = "kakao_channel_id")
  private String kakaoChannelId;

  @Column(name = "variables")
  private String variables;

  @Column(name = "advertisement", nullable = false)
  private boolean advertisement;

  @Column(name = "scheduled_at")
  private Instant scheduledAt;

  @Column(name = "quota_month", nullable = false)
  private LocalDate quotaMonth;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "request_hash", nullable = false)
  private String requestHash;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "recipients", nullable = false)
  private int recipients;

  @Column(name = "invalid", nullable = false)
  private int invalid;

  @Column(name = "wake_at")
  private Instant wakeAt;

  // Text, not uuid: EclipseLink binds a null UUID as varchar, which PostgreSQL refuses for uuid.
  @Column(name = "job_id")
  private String jobId;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected MessageBatch() {}

  static MessageBatch create(
      MessageRequest request,
      MessageContent content,
      String senderNumber,
      LocalDate quotaMonth,
      int recipients,
      int invalid,
      Instant now) {
    MessageBatch batch = new MessageBatch();
    batch.batchId = UUID.randomUUID();
    batch.kind = request.draft().kind() == null ? MessageKind.AUTO : request.draft().kind();
    batch.type = content.type();
    batch.fallbackType = content.fallbackType();
    batch.senderNumber = senderNumber;
    batch.subject = content.subject();
    batch.text = content.text();
    batch.templateCode = content.templateCode();
    batch.kakaoChannelId = content.kakaoChannelId();
    JsonObjectBuilder vars = Json.createObjectBuilder();
    content.variables().forEach(vars::add);
    batch.variables = content.variables().isEmpty() ? null : vars.build().toString();
    batch.advertisement = content.advertisement();
    batch.scheduledAt = request.scheduledAt();
    batch.quotaMonth = quotaMonth;
    batch.idempotencyKey = request.idempotencyKey();
    batch.requestHash = request.fingerprint();
    batch.createdBy = request.requestedBy();
    batch.recipients = recipients;
    batch.invalid = invalid;
    batch.createdAt = now;
    batch.updatedAt = now;
    return batch;
  }

  /** The text as the provider gets it. */
  public MessageContent content() {
    Map<String, String> vars = new LinkedHashMap<>();
    if (variables != null) {
      try (var reader = Json.createReader(new StringReader(variables))) {
        JsonObject object = reader.readObject();
        object.forEach((name, value) -> vars.put(name, ((JsonString) value).getString()));
      }
    }
    return new MessageContent(
        type, fallbackType, subject, text, templateCode, kakaoChannelId, vars, advertisement);
  }

  /** A job took the batch on; if it vanishes, the platform looks again at {@code retryAt}. */
  void assign(JobId job, Instant retryAt, Instant now) {
    jobId = job.toString();
    wakeAt = retryAt;
    updatedAt = now;
  }

  /** The job is done with the batch; {@code next} is when the platform looks again (or never). */
  void rest(Instant next, Instant now) {
    jobId = null;
    wakeAt = next;
    updatedAt = now;
  }

  void sleepUntil(Instant next, Instant now) {
    wakeAt = next;
    updatedAt = now;
  }

  void cancel(Instant now) {
    cancelledAt = now;
    updatedAt = now;
  }

  /** Whether the batch asked to be looked at by {@code now}. */
  boolean due(Instant now) {
    return wakeAt != null && !wakeAt.isAfter(now);
  }

  public long id() {
    return id;
  }

  public UUID batchId() {
    return batchId;
  }

  public MessageKind kind() {
    return kind;
  }

  public String senderNumber() {
    return senderNumber;
  }

  public boolean advertisement() {
    return advertisement;
  }

  public Optional<Instant> scheduledAt() {
    return Optional.ofNullable(scheduledAt);
  }

  public LocalDate quotaMonth() {
    return quotaMonth;
  }

  public String requestHash() {
    return requestHash;
  }

  public int recipients() {
    return recipients;
  }

  public int invalid() {
    return invalid;
  }

  public Optional<JobId> job() {
    return Optional.ofNullable(jobId).flatMap(JobId::parse);
  }

  public Optional<Instant> cancelledAt() {
    return Optional.ofNullable(cancelledAt);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Long createdBy() {
    return createdBy;
  }
}
