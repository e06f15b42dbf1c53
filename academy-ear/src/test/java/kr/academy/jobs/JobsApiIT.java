package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import org.junit.jupiter.api.Test;

/** The jobs API from the outside: who sees what, and what is refused before anything is queued. */
class JobsApiIT {

  @Test
  void anotherAcademysJobIsNotFoundAnywhere() {
    Academy owner = Academy.open("jobs-a");
    Academy other = Academy.open("jobs-b");
    String jobId = Jobs.exportAll(owner.ownerToken());
    Jobs.awaitFinal(owner.ownerToken(), jobId, Duration.ofSeconds(60));

    String b = other.ownerToken();
    Api.get("/api/v1/jobs/" + jobId, b).assertError(404, "NOT_FOUND");
    Api.get("/api/v1/jobs/" + jobId + "/progress", b).assertError(404, "NOT_FOUND");
    Api.get("/api/v1/jobs/" + jobId + "/events", b).assertError(404, "NOT_FOUND");
    Api.post("/api/v1/jobs/" + jobId + "/cancel", b, null).assertError(404, "NOT_FOUND");
    assertEquals(0, Api.get("/api/v1/jobs", b).assertStatus(200).json().getInt("total"));
    assertEquals(
        1, Api.get("/api/v1/jobs", owner.ownerToken()).assertStatus(200).json().getInt("total"));
  }

  @Test
  void aFinishedJobCannotBeCancelledAndUnknownIdsAreNotFound() {
    Academy academy = Academy.open("jobs-c");
    String token = academy.ownerToken();
    String jobId = Jobs.exportAll(token);
    Jobs.awaitFinal(token, jobId, Duration.ofSeconds(60));
    Api.post("/api/v1/jobs/" + jobId + "/cancel", token, null).assertError(409, "JOB_FINISHED");
    Api.get("/api/v1/jobs/not-a-uuid", token).assertError(404, "NOT_FOUND");
    Api.get("/api/v1/jobs/00000000-0000-0000-0000-000000000000/progress", token)
        .assertError(404, "NOT_FOUND");
  }

  @Test
  void jobTypesStartedByARequestOfTheirOwnNameItAndNothingIsQueued() {
    Academy academy = Academy.open("jobs-d", "PREMIUM");
    for (String type : new String[] {"OMR_GRADE", "OCR", "STATUS_DETECT"}) {
      Api.Reply reply =
          Api.post("/api/v1/jobs", academy.ownerToken(), "{\"type\":\"" + type + "\",\"input\":{}}")
              .assertError(400, "VALIDATION_FAILED");
      assertTrue(reply.json().getString("message").contains("/api/v1/ai/jobs"), reply.body());
    }
    // Video processing starts only with a completed upload (docs/api.md, Videos).
    Api.Reply video =
        Api.post("/api/v1/jobs", academy.ownerToken(), "{\"type\":\"VIDEO_PROCESS\",\"input\":{}}")
            .assertError(400, "VALIDATION_FAILED");
    assertTrue(video.json().getString("message").contains("/api/v1/media/videos"), video.body());
    assertEquals(0, Api.get("/api/v1/jobs", academy.ownerToken()).json().getInt("total"));
  }

  @Test
  void badRequestsAreRefusedWithTheirField() {
    Academy academy = Academy.open("jobs-f");
    String token = academy.ownerToken();
    Api.post("/api/v1/jobs", token, "{\"type\":\"NOPE\"}").assertError(400, "VALIDATION_FAILED");
    Api.post("/api/v1/jobs", token, "{}").assertError(400, "VALIDATION_FAILED");
    Api.post("/api/v1/students/exports", token, "{\"q\":5}").assertError(400, "VALIDATION_FAILED");
    Api.post("/api/v1/students/exports", token, "{\"sheet\":\"x\"}")
        .assertError(400, "VALIDATION_FAILED");
    Api.post("/api/v1/students/exports", token, "{\"q\":").assertStatus(400);
    Api.get("/api/v1/jobs?status=BOGUS", token).assertError(400, "VALIDATION_FAILED");
    Api.get("/api/v1/jobs?type=BOGUS", token).assertError(400, "VALIDATION_FAILED");
    JsonObject list = Api.get("/api/v1/jobs", token).assertStatus(200).json();
    assertEquals(0, list.getInt("total"), "nothing was queued by a refused request");
  }

  @Test
  void aTeacherMayReadButNotStartJobs() {
    Academy academy = Academy.open("jobs-g");
    Api.get("/api/v1/jobs?status=DONE&type=STUDENT_EXPORT", academy.ownerToken()).assertStatus(200);
    Api.post("/api/v1/students/exports", null, "{}").assertStatus(401);
  }
}
