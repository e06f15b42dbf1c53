package kr.academy.jobs;

/**
 * What the jobs feature tells the operators' metrics (docs/operations.md, Metrics). Called inside
 * the transaction that ended the job; an implementation counts it only once that transaction has
 * committed, so a rolled-back ending is never counted.
 */
public interface JobMetrics {

  void ended(JobEnding ending);
}
