package kr.academy.testing;

import java.util.ArrayList;
import java.util.List;
import kr.academy.jobs.ProgressReporter;

/**
 * Keeps every progress report of a workflow; told to, it stops the work at a given report by
 * throwing, as a cancellation or a hard timeout does.
 */
public final class RecordedProgress implements ProgressReporter {

  /** One report. */
  public record Step(int percent, String step) {}

  private final List<Step> steps = new ArrayList<>();
  private int stopAt = -1;
  private RuntimeException stop;

  /** The {@code report}-th report (1 for the first) throws {@code stop} instead of being kept. */
  public void stopAt(int report, RuntimeException stop) {
    this.stopAt = report;
    this.stop = stop;
  }

  @Override
  public void progress(int percent, String step) {
    if (steps.size() + 1 == stopAt) {
      throw stop;
    }
    steps.add(new Step(percent, step));
  }

  public List<Step> steps() {
    return List.copyOf(steps);
  }
}
