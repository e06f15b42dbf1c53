package kr.academy.web.jobs;

import jakarta.json.JsonObject;
import kr.academy.common.DomainException;
import kr.academy.jobs.JobType;
import kr.academy.web.QueryParams;

/** {@code POST /jobs}: any job type by name, with its input. */
public record JobRequestBody(String type, JsonObject input) {

  JobType jobType() {
    if (type == null || type.isBlank()) {
      throw DomainException.invalid("type", "type is required");
    }
    return QueryParams.oneOf("type", type, JobType.class);
  }
}
