package kr.academy.testing;

import java.util.ArrayList;
import java.util.List;
import kr.academy.jobs.JobEnding;
import kr.academy.jobs.JobMetrics;

/** {@link JobMetrics} that keeps every ending it is told of, in order. */
public final class RecordedJobMetrics implements JobMetrics {

  private final List<JobEnding> endings = new ArrayList<>();

  @Override
  public synchronized void ended(JobEnding ending) {
    endings.add(ending);
  }

  public synchronized List<JobEnding> endings() {
    return List.copyOf(endings);
  }
}
