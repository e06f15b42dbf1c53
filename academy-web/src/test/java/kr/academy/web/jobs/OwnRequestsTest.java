package kr.academy.web.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import kr.academy.jobs.JobType;
import org.junit.jupiter.api.Test;

class OwnRequestsTest {

  @Test
  void everyTypeStartedByItsOwnRequestNamesThatRequest() {
    assertEquals(
        Arrays.stream(JobType.values())
            .filter(JobType::startedByItsOwnRequest)
            .collect(java.util.stream.Collectors.toSet()),
        OwnRequests.PATHS.keySet());
  }
}
