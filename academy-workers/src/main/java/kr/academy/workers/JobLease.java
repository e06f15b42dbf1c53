package kr.academy.workers;

import java.time.Instant;
import kr.academy.jobs.Job;
import kr.academy.jobs.JobId;
import kr.academy.tenancy.TenantId;

/**
 * The lease of one attempt this process runs, as the worker knows it: renewed in the background by
 * {@link JobLeases} while the processor works, and read by {@link JobRun#progress}, which stops the
 * attempt once it has lost the job.
 */
public final class JobLease {

  private final TenantId academy;
  private final JobId job;
  private final int attempt;
  private volatile Instant confirmedUntil;
  private volatile boolean lost;

  JobLease(TenantId academy, JobId job, int attempt, Instant confirmedUntil) {
    this.academy = academy;
    this.job = job;
    this.attempt = attempt;
    this.confirmedUntil = confirmedUntil;
  }

  TenantId academy() {
    return academy;
  }

  JobId job() {
    return job;
  }

  int attempt() {
    return attempt;
  }

  Instant confirmedUntil() {
    return confirmedUntil;
  }

  /**
   * What a renewal found. Renewed: the lease is confirmed {@code until} one lease from when the
   * renewal was asked, never later than the database has it. Lost: the attempt must stop.
   */
  void renewed(Job.Lease outcome, Instant until) {
    switch (outcome) {
      case RENEWED -> confirmedUntil = until;
      case LOST -> lost = true;
      case OUT_OF_TIME -> {
        // The hard timeout stops the attempt at its next step; the lease just runs out.
      }
    }
  }

  /**
   * Whether the attempt must stop: another attempt took the job over, or no renewal has confirmed
   * the lease up to {@code now} (the database was out of reach for a whole lease), so another may
   * have.
   */
  boolean lostAt(Instant now) {
    return lost || now.isAfter(confirmedUntil);
  }
}
