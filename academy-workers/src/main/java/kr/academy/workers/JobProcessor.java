package kr.academy.workers;

import jakarta.json.JsonObject;
import kr.academy.jobs.JobType;

/**
 * Does the work of one job type. Runs with the job's academy bound and no transaction open: it
 * opens short ones through the domain services as it goes, reports through {@link JobRun#progress}
 * (which also stops it when cancelled or out of time), and returns a small JSON result. A thrown
 * exception fails this attempt; the queue retries it after its back-off.
 */
public interface JobProcessor {

  JobType type();

  JsonObject process(JobRun run) throws Exception;
}
