package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** STUDENT_EXPORT end to end: API, outbox, SQS, worker, S3, presigned download. */
class StudentExportIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void exportsTheMatchingStudentsToAWorkbookWithADownloadUrl() throws Exception {
    Academy academy = Academy.open("export");
    academy.addStudent("김하늘", "010-2000-0001");
    academy.addStudent("이바다", "010-2000-0002");
    academy.addStudent("박하늘", "010-2000-0003");

    String jobId =
        Jobs.accepted(Api.post("/api/v1/students/exports", academy.ownerToken(), "{\"q\":\"하늘\"}"));
    JsonObject job = Jobs.awaitFinal(academy.ownerToken(), jobId, WAIT);

    assertEquals("DONE", job.getString("status"), job.toString());
    assertEquals("STUDENT_EXPORT", job.getString("type"));
    assertEquals(100, job.getInt("progress"));
    JsonObject result = job.getJsonObject("result");
    assertEquals(2, result.getInt("rows"));
    assertTrue(result.getString("fileName").matches("학생명단-\\d{8}\\.xlsx"), result.toString());
    String url = result.getString("downloadUrl");
    assertTrue(
        url.contains("tenants%2F" + academy.id()) || url.contains("tenants/" + academy.id()), url);

    HttpResponse<byte[]> download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, download.statusCode());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertEquals("이름", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("학부모 전화번호", sheet.getRow(0).getCell(2).getStringCellValue());
      List<String> names = new ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          names.add(row.getCell(0).getStringCellValue());
        }
      }
      assertEquals(List.of("김하늘", "박하늘"), names);
      assertEquals("010-2000-0003", sheet.getRow(2).getCell(2).getStringCellValue());
    }

    JsonObject progress = Jobs.progress(academy.ownerToken(), jobId);
    assertEquals("DONE", progress.getString("status"));
    assertTrue(Api.hasNoValue(progress, "result"), "progress never carries the result");
  }

  @Test
  void theSameIdempotencyKeyReturnsTheSameJobAndADifferentRequestWithItIsRefused() {
    Academy academy = Academy.open("idem");
    String key = "export-" + System.nanoTime();
    Api.Reply first = send(academy, key, "{\"q\":\"김\"}");
    String jobId = Jobs.accepted(first);
    assertTrue(first.raw().headers().firstValue("Idempotent-Replayed").isEmpty());

    Api.Reply again = send(academy, key, "{\"q\":\"  김 \"}");
    assertEquals(jobId, Jobs.accepted(again));
    assertEquals("true", again.raw().headers().firstValue("Idempotent-Replayed").orElse(null));

    send(academy, key, "{\"q\":\"이\"}").assertError(409, "IDEMPOTENCY_KEY_REUSED");
    JsonObject list =
        Api.get("/api/v1/jobs?type=STUDENT_EXPORT", academy.ownerToken()).assertStatus(200).json();
    assertEquals(1, list.getInt("total"));
    Jobs.awaitFinal(academy.ownerToken(), jobId, WAIT);
  }

  @Test
  void exportWithoutOptionsExportsEveryone() {
    Academy academy = Academy.open("all");
    academy.addStudent("최가람", "010-2000-0011");
    String jobId = Jobs.exportAll(academy.ownerToken());
    JsonObject job = Jobs.awaitFinal(academy.ownerToken(), jobId, WAIT);
    assertEquals(1, job.getJsonObject("result").getInt("rows"));
  }

  private static Api.Reply send(Academy academy, String key, String body) {
    return Api.send(
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/v1/students/exports"))
            .header("Authorization", "Bearer " + academy.ownerToken())
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }
}
