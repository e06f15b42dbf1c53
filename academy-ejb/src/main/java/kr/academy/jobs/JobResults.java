package kr.academy.jobs;

import jakarta.json.JsonObject;
import kr.academy.tenancy.TenantId;

/** Where a job's result is kept: inline in the job row when small, in object storage when not. */
public interface JobResults {

  /** The JSON to store in the job row for this result. */
  String keep(TenantId tenant, JobId job, JsonObject result);
}
