package kr.academy.jobs.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobRequestLedger;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;

/**
 * Answers "how far is this job?" from Redis only, as DESIGN §4 asks. A job with no key (never
 * written, or evicted) is answered once from the database and the key written again; with Redis
 * down, every answer comes from the database and says so.
 *
 * <p>A plain CDI bean, not an enterprise bean: the progress endpoint is the hottest path of the
 * API, and it needs no transaction unless it falls back to the database.
 */
@ApplicationScoped
public class JobProgressReader {

  /** A job's progress and where it came from. */
  public record Answer(JobProgress progress, boolean fromDatabase) {}

  private ProgressStore store;
  private ProgressBoard board;
  private JobRequestLedger ledger;
  private TenantContext tenant;

  /** For CDI's proxy. */
  protected JobProgressReader() {}

  @Inject
  public JobProgressReader(
      ProgressStore store, ProgressBoard board, JobRequestLedger ledger, TenantContext tenant) {
    this.store = store;
    this.board = board;
    this.ledger = ledger;
    this.tenant = tenant;
  }

  public Optional<Answer> progress(JobId id) {
    TenantId academy = tenant.require();
    try {
      Optional<JobProgress> cached = store.read(academy, id);
      if (cached.isPresent()) {
        return Optional.of(new Answer(cached.get(), false));
      }
      Optional<JobProgress> stored = ledger.find(id).map(Job::progressView);
      stored.ifPresent(progress -> board.post(academy, id, progress));
      return stored.map(progress -> new Answer(progress, false));
    } catch (ProgressStoreUnavailable e) {
      return ledger.find(id).map(job -> new Answer(job.progressView(), true));
    }
  }
}
