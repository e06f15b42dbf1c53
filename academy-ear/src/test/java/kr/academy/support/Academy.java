package kr.academy.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.SQLException;

/** An academy opened for one test, with its owner logged in. */
public record Academy(
    long id, String slug, String ownerPhone, String ownerPassword, String ownerToken) {

  public static final String OWNER_PASSWORD = "owner-secret-1";

  public static Academy open(String prefix) {
    return open(prefix, "BASIC");
  }

  /** An academy whose roster already holds {@code students} active students (seeded in SQL). */
  public static Academy openWithStudents(String prefix, int students) throws SQLException {
    Academy academy = open(prefix);
    Database.seedStudents(academy.id(), students);
    return academy;
  }

  public static Academy open(String prefix, String plan) {
    String slug = Api.uniqueSlug(prefix);
    String phone = Api.uniqueMobile();
    JsonObject created =
        Api.post(
                "/api/v1/admin/tenants",
                Api.adminToken(),
                Json.createObjectBuilder()
                    .add("slug", slug)
                    .add("name", "테스트 학원 " + slug)
                    .add("plan", plan)
                    .add(
                        "owner",
                        Json.createObjectBuilder()
                            .add("name", "원장 " + slug)
                            .add("phone", phone)
                            .add("password", OWNER_PASSWORD))
                    .build()
                    .toString())
            .assertStatus(201)
            .json();
    return new Academy(
        created.getJsonNumber("id").longValue(),
        slug,
        phone,
        OWNER_PASSWORD,
        Api.login(slug, phone, OWNER_PASSWORD));
  }

  /** The owner's login request. */
  public String loginJson() {
    return Json.createObjectBuilder()
        .add("tenant", slug)
        .add("phone", ownerPhone)
        .add("password", ownerPassword)
        .build()
        .toString();
  }

  /** Adds a staff member with this phone and password; returns their user id. */
  public long addStaff(String phone, String password) {
    return Api.post(
            "/api/v1/tenant/members",
            ownerToken,
            Json.createObjectBuilder()
                .add("name", "직원")
                .add("phone", phone)
                .add("password", password)
                .add("role", "STAFF")
                .build()
                .toString())
        .assertStatus(201)
        .json()
        .getJsonNumber("userId")
        .longValue();
  }

  /** Registers a student and returns its id. */
  public long addStudent(String name, String parentPhone) {
    return register(
        Json.createObjectBuilder()
            .add("name", name)
            .add("parentPhone", parentPhone)
            .add("school", "한국중학교")
            .add("grade", "중2"));
  }

  private long register(JsonObjectBuilder student) {
    return Api.post("/api/v1/students", ownerToken, student.build().toString())
        .assertStatus(201)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  /** A student who can log in: a roster student and the login of their own phone. */
  public record StudentLogin(long userId, long studentId, String token) {}

  /**
   * A roster student with their own phone and a STUDENT login for it. No API gives a student a
   * password yet, so the login is made as a staff member and turned into a student in SQL.
   */
  public StudentLogin addStudentLogin(String name) throws SQLException {
    String phone = Api.uniqueMobile();
    String password = "student-secret-" + phone.substring(phone.length() - 4);
    long user = addStaff(phone, password);
    Database.text(
        id,
        "UPDATE tenant_membership SET role = 'STUDENT' WHERE tenant_id = ? AND user_id = ?"
            + " RETURNING role",
        id,
        user);
    long student =
        register(
            Json.createObjectBuilder()
                .add("name", name)
                .add("phone", phone)
                .add("parentPhone", Api.uniqueMobile()));
    return new StudentLogin(user, student, Api.login(slug, phone, password));
  }
}
