package kr.academy.tenancy;

import static kr.academy.support.Api.delete;
import static kr.academy.support.Api.get;
import static kr.academy.support.Api.patch;
import static kr.academy.support.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kr.academy.support.Academy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two academies; every student endpoint tried with academy B's token on academy A's student. Each
 * attempt is a 404 indistinguishable from a missing id, and A's student is unchanged afterwards.
 */
class TenantIsolationIT {

  private Academy a;
  private Academy b;
  private long studentOfA;
  private JsonObject before;

  @BeforeEach
  void twoAcademies() {
    a = Academy.open("iso-a");
    b = Academy.open("iso-b");
    studentOfA = a.addStudent("격리학생", "01061616161");
    before = get("/api/v1/students/" + studentOfA, a.ownerToken()).assertStatus(200).json();
  }

  @Test
  void readIsNotFound() {
    get("/api/v1/students/" + studentOfA, b.ownerToken()).assertError(404, "NOT_FOUND");
    assertUnchanged();
  }

  @Test
  void listAndSearchShowNothingOfTheOther() {
    b.addStudent("다른학생", "01062626262");
    JsonObject list = get("/api/v1/students?size=100", b.ownerToken()).assertStatus(200).json();
    assertEquals(1, list.getInt("total"));
    assertEquals("다른학생", list.getJsonArray("items").getJsonObject(0).getString("name"));
    assertEquals(
        0, get("/api/v1/students?q=%EA%B2%A9%EB%A6%AC", b.ownerToken()).json().getInt("total"));
    assertEquals(0, get("/api/v1/students?q=01061616161", b.ownerToken()).json().getInt("total"));
    assertEquals(0, get("/api/v1/students?deleted=true", b.ownerToken()).json().getInt("total"));
  }

  @Test
  void updateIsNotFoundAndChangesNothing() {
    patch("/api/v1/students/" + studentOfA, b.ownerToken(), "{\"name\":\"탈취\"}")
        .assertError(404, "NOT_FOUND");
    assertUnchanged();
  }

  @Test
  void deleteIsNotFoundAndChangesNothing() {
    delete("/api/v1/students/" + studentOfA, b.ownerToken()).assertError(404, "NOT_FOUND");
    assertUnchanged();
  }

  @Test
  void restoreIsNotFoundAndChangesNothing() {
    delete("/api/v1/students/" + studentOfA, a.ownerToken()).assertStatus(204);
    JsonObject deleted = get("/api/v1/students/" + studentOfA, a.ownerToken()).json();
    post("/api/v1/students/" + studentOfA + "/restore", b.ownerToken(), null)
        .assertError(404, "NOT_FOUND");
    assertEquals(deleted, get("/api/v1/students/" + studentOfA, a.ownerToken()).json());
  }

  /** The tenant comes from the token only; one named in the body is an unknown field (400). */
  @Test
  void aTenantInTheBodyIsRefusedAndNothingIsCreated() {
    String body =
        "{\"tenantId\":"
            + a.id()
            + ",\"tenant_id\":"
            + a.id()
            + ",\"name\":\"끼어들기\","
            + "\"parentPhone\":\"01063636363\"}";
    String refused =
        post("/api/v1/students", b.ownerToken(), body).assertError(400, "VALIDATION_FAILED").body();
    assertTrue(refused.contains("tenantId is not a field"), refused);
    for (var academy : new Academy[] {a, b}) {
      assertEquals(
          0,
          get(
                  "/api/v1/students?q=" + URLEncoder.encode("끼어들기", StandardCharsets.UTF_8),
                  academy.ownerToken())
              .json()
              .getInt("total"));
    }
    assertEquals(1, get("/api/v1/students", a.ownerToken()).json().getInt("total"));
  }

  @Test
  void creatingTheSameKeyInAnotherAcademyIsIndependent() {
    b.addStudent("격리학생", "01061616161");
    assertUnchanged();
  }

  @Test
  void membersOfOneAcademyAreInvisibleToTheOther() {
    JsonObject members = get("/api/v1/tenant/members", b.ownerToken()).assertStatus(200).json();
    assertEquals(1, members.getInt("total"));
    assertEquals(b.ownerPhone(), members.getJsonArray("items").getJsonObject(0).getString("phone"));
  }

  private void assertUnchanged() {
    assertEquals(before, get("/api/v1/students/" + studentOfA, a.ownerToken()).json());
  }
}
