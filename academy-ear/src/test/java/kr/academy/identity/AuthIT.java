package kr.academy.identity;

import static kr.academy.support.Api.get;
import static kr.academy.support.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Tokens;
import org.junit.jupiter.api.Test;

class AuthIT {

  @Test
  void platformAdminLogsInWithoutATenant() {
    JsonObject token =
        post("/api/v1/auth/login", null, "{\"phone\":\"010-0000-0000\",\"password\":\"admin\"}")
            .assertStatus(200)
            .json();
    assertTrue(token.getJsonNumber("expiresIn").longValue() > 0);
    JsonObject me = get("/api/v1/me", token.getString("accessToken")).assertStatus(200).json();
    assertEquals("PLATFORM_ADMIN", me.getJsonArray("roles").getString(0));
    assertTrue(Api.hasNoValue(me, "tenant"));
  }

  @Test
  void ownerLogsIntoTheirAcademyAndSeesIt() {
    Academy academy = Academy.open("auth");
    JsonObject me = get("/api/v1/me", academy.ownerToken()).assertStatus(200).json();
    assertEquals(academy.slug(), me.getJsonObject("tenant").getString("slug"));
    assertEquals("OWNER", me.getJsonArray("roles").getString(0));
  }

  @Test
  void wrongPasswordUnknownPhoneAndUnknownAcademyReadTheSame() {
    Academy academy = Academy.open("auth-bad");
    String[] attempts = {
      "{\"tenant\":\""
          + academy.slug()
          + "\",\"phone\":\""
          + academy.ownerPhone()
          + "\",\"password\":\"wrong-one\"}",
      "{\"tenant\":\""
          + academy.slug()
          + "\",\"phone\":\"01099990000\",\"password\":\""
          + Academy.OWNER_PASSWORD
          + "\"}",
      "{\"tenant\":\"no-such-academy\",\"phone\":\""
          + academy.ownerPhone()
          + "\",\"password\":\""
          + Academy.OWNER_PASSWORD
          + "\"}",
      "{\"phone\":\"" + academy.ownerPhone() + "\",\"password\":\"" + Academy.OWNER_PASSWORD + "\"}"
    };
    for (String attempt : attempts) {
      JsonObject error =
          post("/api/v1/auth/login", null, attempt).assertError(401, "INVALID_CREDENTIALS").json();
      assertEquals("the academy, phone number or password is wrong", error.getString("message"));
    }
  }

  @Test
  void ownerAddsStaffWhoCanLogInButNotAddMembers() {
    Academy academy = Academy.open("members");
    String staffPhone = Api.uniqueMobile();
    String body =
        "{\"name\":\"직원\",\"phone\":\""
            + staffPhone
            + "\",\"password\":\"staff-pass-1\",\"role\":\"STAFF\"}";
    post("/api/v1/tenant/members", academy.ownerToken(), body).assertStatus(201);
    post("/api/v1/tenant/members", academy.ownerToken(), body).assertError(409, "ALREADY_MEMBER");

    String staff = Api.login(academy.slug(), staffPhone, "staff-pass-1");
    assertEquals("STAFF", get("/api/v1/me", staff).json().getJsonArray("roles").getString(0));
    post(
            "/api/v1/tenant/members",
            staff,
            "{\"name\":\"x\",\"phone\":\"01012340000\",\"password\":\"xxxxxxxx\",\"role\":\"STAFF\"}")
        .assertError(403, "FORBIDDEN");
    post(
            "/api/v1/tenant/members",
            academy.ownerToken(),
            "{\"name\":\"x\",\"phone\":\"01012340000\",\"password\":\"xxxxxxxx\",\"role\":\"OWNER\"}")
        .assertError(400, "VALIDATION_FAILED");
  }

  @Test
  void adminOpensAndListsAcademiesAndSlugsAreUnique() {
    Academy academy = Academy.open("admin");
    String admin = Api.adminToken();
    post(
            "/api/v1/admin/tenants",
            admin,
            "{\"slug\":\""
                + academy.slug()
                + "\",\"name\":\"중복\",\"plan\":\"LITE\",\"owner\":{\"name\":\"o\",\"phone\":\"01012121212\",\"password\":\"owner-pass-9\"}}")
        .assertError(409, "SLUG_TAKEN");
    JsonObject list = get("/api/v1/admin/tenants?size=100", admin).assertStatus(200).json();
    assertTrue(list.getInt("total") >= 1);
  }

  @Test
  void missingForgedExpiredAndUnsignedTokensAre401() {
    Academy academy = Academy.open("tokens");
    long owner = get("/api/v1/me", academy.ownerToken()).json().getJsonNumber("id").longValue();
    get("/api/v1/students", null).assertError(401, "UNAUTHENTICATED");
    get("/api/v1/students", "not.a.token").assertError(401, "UNAUTHENTICATED");
    var valid = Tokens.ownerClaims(academy.id(), owner, Instant.now().plusSeconds(600)).build();
    get("/api/v1/students", Tokens.signedWithForeignKey(valid)).assertError(401, "UNAUTHENTICATED");
    get("/api/v1/students", Tokens.unsigned(valid)).assertError(401, "UNAUTHENTICATED");
    var expired = Tokens.ownerClaims(academy.id(), owner, Instant.now().minusSeconds(600)).build();
    get("/api/v1/students", Tokens.signedWithServerKey(expired))
        .assertError(401, "UNAUTHENTICATED");
    get("/api/v1/students", Tokens.signedWithServerKey(valid)).assertStatus(200);
  }

  @Test
  void ownersCannotCallAdminEndpoints() {
    Academy academy = Academy.open("not-admin");
    get("/api/v1/admin/tenants", academy.ownerToken()).assertError(403, "FORBIDDEN");
    post("/api/v1/admin/tenants", academy.ownerToken(), "{}").assertError(403, "FORBIDDEN");
  }

  @Test
  void adminHasNoTenantDataAccess() {
    get("/api/v1/students", Api.adminToken()).assertError(403, "FORBIDDEN");
  }
}
