package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kr.academy.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkerMessageTest {

  @Test
  void aJobMessageSurvivesTheRoundTrip() {
    var message = new WorkerMessage.JobMessage(new TenantId(7), JobId.random(), JobType.OCR);
    assertEquals(message, WorkerMessage.parse(message.toJson()));
  }

  @Test
  void aProbeIsRecognised() {
    assertEquals(new WorkerMessage.Probe("n-1"), WorkerMessage.parse("{\"probe\":\"n-1\"}"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[1,2]",
        "{}",
        "{\"tenantId\":7,\"jobId\":\"x\",\"type\":\"OCR\"}",
        "{\"tenantId\":0,\"jobId\":\"00000000-0000-0000-0000-000000000001\",\"type\":\"OCR\"}",
        "{\"tenantId\":1.5,\"jobId\":\"00000000-0000-0000-0000-000000000001\",\"type\":\"OCR\"}",
        "{\"tenantId\":7,\"jobId\":\"00000000-0000-0000-0000-000000000001\",\"type\":\"NOPE\"}"
      })
  void anythingElseIsRefused(String body) {
    assertThrows(IllegalArgumentException.class, () -> WorkerMessage.parse(body));
  }
}
