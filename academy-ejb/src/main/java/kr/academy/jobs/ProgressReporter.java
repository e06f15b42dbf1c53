package kr.academy.jobs;

/**
 * Where a workflow says how far its job has got, in words a user reads. It is also where the job is
 * stopped: a call may throw (the user cancelled, the attempt ran out of time), and the workflow
 * then ends where it stands, so it calls this only between steps that are complete.
 */
@FunctionalInterface
public interface ProgressReporter {

  /** {@code percent} from 0 to 100; {@code step} what is happening now. */
  void progress(int percent, String step);
}
