package kr.academy.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.function.Consumer;
import kr.academy.common.IdempotentRequests;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.jobs.progress.ProgressBoard;
import kr.academy.jobs.progress.ProgressStore;
import kr.academy.platform.storage.ObjectStorage;
import kr.academy.platform.storage.StoredFile;
import kr.academy.tenancy.TenantContext;

/**
 * The API's door to background work for the bound academy. Owns no transaction itself: each {@link
 * JobRequestLedger} call commits on its own, so progress is posted only after the database has the
 * state (DESIGN §4) and a lost idempotency race can be answered from a fresh transaction. A CDI
 * bean rather than an enterprise bean: it needs no container transaction, and a refusal (403, 409,
 * 422) thrown through a non-transactional enterprise bean made Liberty log an error (WLTC0017E) for
 * a client's mistake.
 */
@ApplicationScoped
public class Jobs {

  /** A job and whether this request created it or repeated an earlier one. */
  public record Submitted(Job job, boolean repeated) {}

  @Inject JobRequestLedger ledger;
  @Inject IdempotentRequests idempotency;
  @Inject ObjectStorage storage;
  @Inject ProgressStore store;
  @Inject ProgressBoard board;
  @Inject TenantContext tenant;

  /**
   * Creates the job, or returns the one created earlier with the same {@code Idempotency-Key}
   * ({@link IdempotentRequests}).
   */
  public Submitted submit(JobRequest request) {
    IdempotentRequests.Outcome<Job> outcome =
        idempotency.submit(
            request.idempotencyKey(),
            new IdempotentRequests.Door<>() {
              @Override
              public Optional<Job> findByKey(String key) {
                return ledger.findByIdempotencyKey(key);
              }

              @Override
              public Job create() {
                Job job = ledger.submit(request);
                board.post(tenant.require(), job.jobId(), job.progressView());
                return job;
              }

              @Override
              public boolean sameRequest(Job earlier) {
                return earlier.type() == request.type() && earlier.input().equals(request.input());
              }

              @Override
              public String describe(Job earlier) {
                return "job " + earlier.jobId();
              }
            });
    return new Submitted(outcome.value(), outcome.repeated());
  }

  public Optional<Job> find(JobId id) {
    return ledger.find(id);
  }

  /**
   * The job's result as a client reads it. A stored file it names becomes a short-lived {@code
   * downloadUrl} (and its {@code fileName}), after checking the file lies under the bound academy's
   * prefix; any other {@code xFile} reference becomes {@code xUrl} ({@code null} stays {@code
   * null}), so a result too large for the row becomes {@code resultUrl}.
   */
  public Optional<JsonObject> result(Job job) {
    return job.result()
        .map(
            stored -> {
              JsonObject result;
              try (var reader = Json.createReader(new StringReader(stored))) {
                result = reader.readObject();
              }
              JsonObjectBuilder view = Json.createObjectBuilder();
              result.forEach(
                  (name, value) -> {
                    if (name.equals("file") && value instanceof JsonObject reference) {
                      StoredFile file = owned(job, reference);
                      view.add("fileName", file.fileName());
                      view.add("downloadUrl", storage.downloadUrl(file).toString());
                    } else if (name.endsWith("File") && value instanceof JsonObject reference) {
                      view.add(
                          urlName(name), storage.downloadUrl(owned(job, reference)).toString());
                    } else if (name.endsWith("File") && value == JsonValue.NULL) {
                      view.addNull(urlName(name));
                    } else {
                      view.add(name, value);
                    }
                  });
              return view.build();
            });
  }

  /**
   * {@code resultFile} is read as {@code resultUrl}, {@code rejectedRowsFile} as {@code
   * rejectedRowsUrl}.
   */
  private static String urlName(String fileField) {
    return fileField.substring(0, fileField.length() - "File".length()) + "Url";
  }

  private StoredFile owned(Job job, JsonObject reference) {
    StoredFile file = StoredFile.fromJson(reference);
    if (!file.belongsTo(tenant.require())) {
      throw new IllegalStateException("job " + job.jobId() + " names a file of another academy");
    }
    return file;
  }

  public Page<JobSummary> list(JobFilter filter, PageRequest page) {
    return ledger.list(filter, page);
  }

  /** Pushes each progress of the job to {@code listener} until the subscription is closed. */
  public ProgressStore.Subscription follow(JobId id, Consumer<JobProgress> listener) {
    return store.subscribe(tenant.require(), id, listener);
  }

  /** Cancels the job; a running job is flagged and stops at its next step. */
  public Optional<Job> cancel(JobId id) {
    Optional<Job> cancelled = ledger.cancel(id);
    cancelled.ifPresent(
        job -> {
          if (job.status() == JobStatus.PROCESSING) {
            board.requestCancel(tenant.require(), id);
          } else {
            board.post(tenant.require(), id, job.progressView());
          }
        });
    return cancelled;
  }
}
