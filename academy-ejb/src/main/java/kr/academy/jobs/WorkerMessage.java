package kr.academy.jobs;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import kr.academy.tenancy.TenantId;

/**
 * What travels on a work queue. A message carries ids only: the job row is the truth, so a stale or
 * repeated message can do no harm.
 */
public sealed interface WorkerMessage {

  /** Work for a job of an academy. */
  record JobMessage(TenantId tenant, JobId job, JobType type) implements WorkerMessage {

    public String toJson() {
      return Json.createObjectBuilder()
          .add("tenantId", tenant.value())
          .add("jobId", job.toString())
          .add("type", type.name())
          .build()
          .toString();
    }
  }

  /**
   * An operator's (or a test's) check that a queue's consumer is alive: the worker records that it
   * received the nonce, and does nothing else.
   */
  record Probe(String nonce) implements WorkerMessage {

    public String toJson() {
      return Json.createObjectBuilder().add("probe", nonce).build().toString();
    }
  }

  /** Reads a message body; anything that is not one of the shapes above is refused. */
  static WorkerMessage parse(String body) {
    JsonObject json;
    try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new IllegalArgumentException("the message is not a JSON object", e);
    }
    if (json.get("probe") instanceof JsonString nonce) {
      return new Probe(nonce.getString());
    }
    if (json.get("tenantId") instanceof JsonNumber tenant
        && json.get("jobId") instanceof JsonString job
        && json.get("type") instanceof JsonString type) {
      JobId id =
          JobId.parse(job.getString())
              .orElseThrow(() -> new IllegalArgumentException("the message's jobId is no UUID"));
      if (!tenant.isIntegral() || tenant.longValue() <= 0) {
        throw new IllegalArgumentException("the message's tenantId is not a tenant id");
      }
      return new JobMessage(new TenantId(tenant.longValue()), id, typeOf(type.getString()));
    }
    throw new IllegalArgumentException("the message is neither a job nor a probe");
  }

  private static JobType typeOf(String name) {
    try {
      return JobType.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the message's job type " + name + " is unknown", e);
    }
  }
}
