package kr.academy.jobs;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import kr.academy.common.DomainException;
import kr.academy.tenancy.Plan;

/**
 * Every kind of background work, where it runs, who may ask for it and how long it may take. A
 * worker test checks that every type has exactly one processor, so none is accepted and left queued
 * forever.
 */
public enum JobType {
  STUDENT_EXPORT(Family.EXCEL, Duration.ofMinutes(10)),
  STUDENT_IMPORT(Family.EXCEL, Duration.ofMinutes(30)),
  EXAM_RESULTS_EXPORT(Family.EXCEL, Duration.ofMinutes(10)),
  VIDEO_PROCESS(Family.VIDEO, Duration.ofHours(2)),
  OCR(Family.AI, Duration.ofHours(1)),
  OMR_GRADE(Family.AI, Duration.ofMinutes(30)),
  STATUS_DETECT(Family.AI, Duration.ofMinutes(30)),
  MESSAGE_SEND(Family.MESSAGING, Duration.ofMinutes(15));

  private enum Family {
    EXCEL,
    VIDEO,
    AI,
    MESSAGING
  }

  private static final Set<JobType> AI_FOR_LITE = EnumSet.of(OCR);
  private static final Set<JobType> AI_FOR_BASIC = EnumSet.of(OCR, OMR_GRADE, STATUS_DETECT);

  private final Family family;
  private final Duration defaultTimeout;

  JobType(Family family, Duration defaultTimeout) {
    this.family = family;
    this.defaultTimeout = defaultTimeout;
  }

  /** Whether an academy on this plan may run this work (DESIGN §3 tier routing). */
  public boolean includedIn(Plan plan) {
    return switch (family) {
      case AI ->
          switch (plan) {
            case LITE -> AI_FOR_LITE.contains(this);
            case BASIC -> AI_FOR_BASIC.contains(this);
            case PREMIUM -> true;
          };
      case EXCEL, VIDEO, MESSAGING -> true;
    };
  }

  /** Refuses, with 403, work the academy's plan does not include. */
  public void requireIncludedIn(Plan plan) {
    if (!includedIn(plan)) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "PLAN_EXCLUDES_JOB_TYPE",
          this + " is not included in the " + plan + " plan");
    }
  }

  /** Whether it reads pages of uploaded files (OCR, OMR grading, status detection). */
  public boolean readsPages() {
    return family == Family.AI;
  }

  /** The queue this work goes to for an academy on this plan; AI work goes to the plan's tier. */
  public JobQueue queueFor(Plan plan) {
    return switch (family) {
      case EXCEL -> JobQueue.EXCEL;
      case VIDEO -> JobQueue.VIDEO;
      case MESSAGING -> JobQueue.MESSAGING;
      case AI ->
          switch (plan) {
            case LITE -> JobQueue.AI_LITE;
            case BASIC -> JobQueue.AI_BASIC;
            case PREMIUM -> JobQueue.AI_PREMIUM;
          };
    };
  }

  /**
   * Whether an academy may have only one such job open at a time: two imports at once would race on
   * the same students. The database holds the rule too (a partial unique index).
   */
  public boolean onePerAcademy() {
    return this == STUDENT_IMPORT;
  }

  /**
   * Whether only a request of its own may start it, not a plain job request: an import starts with
   * an upload, whose stored file only that request may name; a text batch must be checked and
   * recorded before its job; a video is processed once its upload is complete; AI work reads the
   * pages of files uploaded with it; an exam's results are exported from the exam, which must be
   * the academy's.
   */
  public boolean startedByItsOwnRequest() {
    return this == STUDENT_IMPORT
        || this == MESSAGE_SEND
        || this == VIDEO_PROCESS
        || this == EXAM_RESULTS_EXPORT
        || family == Family.AI;
  }

  public Duration defaultTimeout() {
    return defaultTimeout;
  }

  /** {@code academy.jobs.student-export.timeout} and so on. */
  public String timeoutProperty() {
    return "academy.jobs." + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".timeout";
  }
}
