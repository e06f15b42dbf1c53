package kr.academy.students;

import static kr.academy.support.Api.delete;
import static kr.academy.support.Api.get;
import static kr.academy.support.Api.patch;
import static kr.academy.support.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StudentsIT {

  private Academy academy;

  @BeforeEach
  void openAcademy() {
    academy = Academy.open("students");
  }

  @Test
  void registersWithNormalisedPhonesAndReadsBack() {
    JsonObject created =
        post(
                "/api/v1/students",
                academy.ownerToken(),
                """
                {"name":" 김민준 ","phone":"010-2222-3333","parentPhone":"+82 10 4444 5555",
                 "school":"서울중학교","grade":"중2","memo":"수학 심화반"}""")
            .assertStatus(201)
            .json();
    long id = created.getJsonNumber("id").longValue();
    assertEquals("김민준", created.getString("name"));
    assertEquals("01022223333", created.getString("phone"));
    assertEquals("01044445555", created.getString("parentPhone"));

    JsonObject read = get("/api/v1/students/" + id, academy.ownerToken()).assertStatus(200).json();
    assertEquals("수학 심화반", read.getString("memo"));
    assertTrue(Api.hasNoValue(read, "deletedAt"));
  }

  @Test
  void duplicateNameAndParentPhoneIsAConflictWhateverTheFormat() {
    academy.addStudent("이서연", "010-7777-8888");
    post(
            "/api/v1/students",
            academy.ownerToken(),
            "{\"name\":\"이서연\",\"parentPhone\":\"+821077778888\"}")
        .assertError(409, "DUPLICATE_STUDENT");
    assertEquals(1, search("이서연").getInt("total"));
  }

  @Test
  void searchesByNameSchoolAndPhoneDigitsAndPages() {
    for (int i = 0; i < 25; i++) {
      academy.addStudent(String.format("박학생%02d", i), String.format("0105555%04d", i));
    }
    JsonObject page = search("박학생");
    assertEquals(25, page.getInt("total"));
    assertEquals(20, page.getJsonArray("items").size());

    JsonObject second =
        get("/api/v1/students?q=%EB%B0%95%ED%95%99%EC%83%9D&page=1&size=20", academy.ownerToken())
            .assertStatus(200)
            .json();
    assertEquals(5, second.getJsonArray("items").size());
    assertEquals(1, second.getInt("page"));

    assertEquals(1, search("010-5555-0007").getInt("total"));
    assertEquals(
        100,
        get("/api/v1/students?size=100000", academy.ownerToken()).json().getInt("size"),
        "size is capped");
  }

  @Test
  void patchChangesOnlyTheGivenFieldsAndNullClears() {
    long id = academy.addStudent("최지우", "01012341234");
    JsonObject changed =
        patch(
                "/api/v1/students/" + id,
                academy.ownerToken(),
                "{\"grade\":\"중3\",\"school\":null,\"phone\":\"010 9876 5432\"}")
            .assertStatus(200)
            .json();
    assertEquals("중3", changed.getString("grade"));
    assertEquals("01098765432", changed.getString("phone"));
    assertTrue(Api.hasNoValue(changed, "school"));
    assertEquals("최지우", changed.getString("name"));

    patch("/api/v1/students/" + id, academy.ownerToken(), "{\"parentPhone\":null}")
        .assertError(400, "VALIDATION_FAILED");
    patch("/api/v1/students/" + id, academy.ownerToken(), "{\"tenantId\":\"5\"}")
        .assertError(400, "VALIDATION_FAILED");
  }

  @Test
  void patchIntoAnExistingKeyIsAConflict() {
    academy.addStudent("정하늘", "01011110000");
    long other = academy.addStudent("정바다", "01011110000");
    patch("/api/v1/students/" + other, academy.ownerToken(), "{\"name\":\"정하늘\"}")
        .assertError(409, "DUPLICATE_STUDENT");
    assertEquals(
        "정바다", get("/api/v1/students/" + other, academy.ownerToken()).json().getString("name"));
  }

  @Test
  void deleteIsSoftAndRestoreBringsTheStudentBack() {
    long id = academy.addStudent("강도윤", "01020202020");
    delete("/api/v1/students/" + id, academy.ownerToken()).assertStatus(204);

    assertEquals(0, search("강도윤").getInt("total"));
    JsonObject removed = get("/api/v1/students/" + id, academy.ownerToken()).json();
    assertFalse(Api.hasNoValue(removed, "deletedAt"));
    assertEquals(
        1,
        get("/api/v1/students?deleted=true&q=%EA%B0%95%EB%8F%84%EC%9C%A4", academy.ownerToken())
            .json()
            .getInt("total"));

    JsonObject restored =
        post("/api/v1/students/" + id + "/restore", academy.ownerToken(), null)
            .assertStatus(200)
            .json();
    assertTrue(Api.hasNoValue(restored, "deletedAt"));
    assertEquals(1, search("강도윤").getInt("total"));
  }

  @Test
  void restoreIsRefusedWhenAnActiveStudentTookTheKey() {
    long first = academy.addStudent("윤서아", "01030303030");
    delete("/api/v1/students/" + first, academy.ownerToken()).assertStatus(204);
    academy.addStudent("윤서아", "01030303030");
    post("/api/v1/students/" + first + "/restore", academy.ownerToken(), null)
        .assertError(409, "DUPLICATE_STUDENT");
  }

  @Test
  void unknownIdIsNotFoundAnIdNoStudentCanHaveIsRefusedAndTrailingSlashIsAccepted() {
    get("/api/v1/students/999999999", academy.ownerToken()).assertError(404, "NOT_FOUND");
    get("/api/v1/students/not-a-number", academy.ownerToken())
        .assertError(400, "VALIDATION_FAILED");
    get("/api/v1/students/", academy.ownerToken()).assertStatus(200);
  }

  @Test
  void teachersReadButDoNotWrite() {
    String teacherPhone = Api.uniqueMobile();
    post(
            "/api/v1/tenant/members",
            academy.ownerToken(),
            "{\"name\":\"선생님\",\"phone\":\""
                + teacherPhone
                + "\",\"password\":\"teacher-pass\",\"role\":\"TEACHER\"}")
        .assertStatus(201);
    String teacher = Api.login(academy.slug(), teacherPhone, "teacher-pass");
    long id = academy.addStudent("한지민", "01040404040");
    get("/api/v1/students/" + id, teacher).assertStatus(200);
    post("/api/v1/students", teacher, "{\"name\":\"x\",\"parentPhone\":\"01040404041\"}")
        .assertError(403, "FORBIDDEN");
    delete("/api/v1/students/" + id, teacher).assertError(403, "FORBIDDEN");
  }

  private JsonObject search(String q) {
    return get(
            "/api/v1/students?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
            academy.ownerToken())
        .assertStatus(200)
        .json();
  }
}
