package kr.academy.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Database;
import kr.academy.support.Imports;
import kr.academy.support.Imports.Formula;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** STUDENT_IMPORT end to end: upload, S3, SQS, worker, bulk writes, report. */
class StudentImportIT {

  private static final String STUDENTS = "SELECT count(*) FROM student WHERE tenant_id = ?";
  private static final String ACTIVE =
      "SELECT count(*) FROM student WHERE tenant_id = ? AND deleted_at IS NULL";

  @Test
  void aMixedFileCreatesUpdatesRestoresAndRejectsAndTheSameFileAgainChangesNothing()
      throws SQLException {
    Academy academy = Academy.open("import-a");
    String token = academy.ownerToken();
    academy.addStudent("김변경", "01020000001");
    academy.addStudent("이그대로", "01020000002");
    long removed = academy.addStudent("박복귀", "01020000003");
    Api.delete("/api/v1/students/" + removed, token).assertStatus(204);
    String newPhone = Api.uniqueMobile();
    byte[] file =
        Imports.workbook(
            List.of(
                List.of("parent phone", "Name", "학교", "학년", "비고", "학생 전화번호"),
                List.of("010-2000-0001", "김변경", "새중학교", "중2", "x", ""),
                List.of("010-2000-0002", "이그대로", "한국중학교", "중2", "", ""),
                List.of("01020000003", "박복귀", "", "", "", ""),
                List.of("+82 10 2000 0004", "최신규", "한국중학교", "중1", "", newPhone),
                List.of("010-2000-0005", "정신규", "", "", "", ""),
                List.of("010-12", "나번호", "", "", "", ""),
                List.of("010-2000-0006", "", "", "", "", ""),
                List.of("010 2000 0004", "최신규", "다른학교", "", "", "")));

    JsonObject result = Imports.done(Imports.run(token, "명단.xlsx", file, null));
    assertCounts(result, 2, 1, 1, 1, 3);
    assertEquals(8, result.getInt("rows"));
    assertEquals("비고", result.getJsonArray("ignoredColumns").getString(0));
    assertEquals(5, Database.count(academy.id(), ACTIVE, academy.id()));
    assertEquals(
        "새중학교",
        Api.get("/api/v1/students?q=김변경", token)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("school"));
    assertEquals(
        1,
        Database.count(
            academy.id(),
            "SELECT count(*) FROM app_user u JOIN tenant_membership m ON m.user_id = u.id"
                + " AND m.role = 'STUDENT' WHERE u.tenant_id = ? AND u.phone = ?",
            academy.id(),
            newPhone));

    List<List<String>> rejected =
        Imports.read(Imports.download(result.getString("rejectedRowsUrl")));
    assertEquals(
        List.of("parent phone", "Name", "학교", "학년", "비고", "학생 전화번호", "원래 행", "오류 사유"),
        rejected.get(0));
    assertEquals(4, rejected.size(), rejected::toString);
    assertEquals("나번호", rejected.get(1).get(1));
    assertEquals("7", rejected.get(1).get(6));
    assertTrue(rejected.get(1).get(7).contains("학부모 전화번호가 올바른 휴대폰 번호가 아닙니다"), rejected::toString);
    assertTrue(rejected.get(2).get(7).contains("이름이(가) 비어 있습니다"), rejected::toString);
    assertTrue(rejected.get(3).get(7).contains("중복: 5행"), rejected::toString);

    long updatedAt =
        Database.count(
            academy.id(),
            "SELECT max(extract(epoch FROM updated_at) * 1000000)::bigint FROM student"
                + " WHERE tenant_id = ?",
            academy.id());
    JsonObject again = Imports.done(Imports.run(token, "명단.xlsx", file, null));
    assertCounts(again, 0, 0, 0, 5, 3);
    assertEquals(5, Database.count(academy.id(), STUDENTS, academy.id()));
    assertEquals(
        updatedAt,
        Database.count(
            academy.id(),
            "SELECT max(extract(epoch FROM updated_at) * 1000000)::bigint FROM student"
                + " WHERE tenant_id = ?",
            academy.id()));
  }

  @Test
  void aDryRunCountsWhatAnImportWouldDoAndWritesNothing() throws SQLException {
    Academy academy = Academy.open("import-b");
    academy.addStudent("김기존", "01030000001");
    byte[] file =
        Imports.workbook(
            List.of(
                List.of("이름", "학부모 전화번호", "학생 전화번호"),
                List.of("김기존", "01030000001", ""),
                List.of("이신규", "01030000002", Api.uniqueMobile()),
                List.of("박오류", "없음", "")));
    JsonObject result =
        Imports.done(Imports.run(academy.ownerToken(), "dry.xlsx", file, "dryRun=true"));
    assertCounts(result, 1, 0, 0, 1, 1);
    assertTrue(result.getBoolean("dryRun"));
    assertEquals(1, Database.count(academy.id(), STUDENTS, academy.id()));
    assertEquals(
        0,
        Database.count(
            academy.id(),
            "SELECT count(*) FROM tenant_membership WHERE tenant_id = ? AND role = 'STUDENT'",
            academy.id()));
  }

  @Test
  void csvIsReadInCp949AndInUtf8WithOrWithoutAByteOrderMark() throws SQLException {
    Academy academy = Academy.open("import-c");
    String token = academy.ownerToken();
    String rows = "이름,학부모 전화번호,학교,메모\r\n";
    csv(token, rows + "가나다,01040000001,\"서울중, 1반\",\"여러 줄\n메모\"\r\n", "x-windows-949", false);
    csv(token, rows + "라마바,01040000002,부산중,\r\n", "UTF-8", true);
    csv(token, rows + "사아자,01040000003,대구중,\r\n", "UTF-8", false);
    for (String name : List.of("가나다", "라마바", "사아자")) {
      assertEquals(
          1,
          Database.count(
              academy.id(),
              "SELECT count(*) FROM student WHERE tenant_id = ? AND name = ?",
              academy.id(),
              name),
          name);
    }
    assertEquals(
        1,
        Database.count(
            academy.id(),
            "SELECT count(*) FROM student WHERE tenant_id = ? AND school = '서울중, 1반'"
                + " AND memo = '여러 줄' || chr(10) || '메모'",
            academy.id()));
  }

  @Test
  void theHeaderIsFoundUnderAMergedTitleAndCellsReadAsExcelShowsThem()
      throws SQLException, IOException {
    Academy academy = Academy.open("import-d");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("2026학년도 겨울방학 수강생 명단"));
    rows.add(List.of());
    rows.add(List.of("이름", "학부모 전화번호", "학년", "메모"));
    rows.add(List.of(new Formula("\"김\"&\"수식\""), 1050000001L, 3, LocalDate.of(2026, 3, 2)));
    rows.add(List.of(LocalDate.of(2026, 1, 5), "01050000002", "중1", ""));
    rows.add(List.of(12345, "01050000003", "중1", ""));
    byte[] file = merged(Imports.workbook(rows), "A1:D1");
    JsonObject result = Imports.done(Imports.run(academy.ownerToken(), "title.xlsx", file, null));
    assertCounts(result, 1, 0, 0, 0, 2);
    assertEquals(
        1,
        Database.count(
            academy.id(),
            "SELECT count(*) FROM student WHERE tenant_id = ? AND name = '김수식'"
                + " AND parent_phone = '01050000001' AND grade = '3' AND memo = '2026-03-02'",
            academy.id()));
    List<List<String>> rejected =
        Imports.read(Imports.download(result.getString("rejectedRowsUrl")));
    assertTrue(rejected.get(1).get(5).contains("날짜"), rejected::toString);
    assertTrue(rejected.get(2).get(5).contains("숫자"), rejected::toString);
  }

  @Test
  void tenThousandIdenticalRowsImportOneStudent() throws SQLException {
    Academy academy = Academy.open("import-e");
    StringBuilder csv = new StringBuilder("name,parent_phone\n");
    csv.append("김같음,01060000001\n".repeat(10_000));
    JsonObject result = Imports.done(Imports.runCsv(academy.ownerToken(), "same.csv", csv));
    assertCounts(result, 1, 0, 0, 0, 9_999);
    assertEquals(1, Database.count(academy.id(), STUDENTS, academy.id()));
  }

  @Test
  void aChunkTheDatabaseRefusesIsRolledBackWholeAndItsRowsAreReported() throws SQLException {
    Academy academy = Academy.open("import-f");
    String trigger = "refuse_" + academy.id();
    Database.execute(
        "CREATE FUNCTION "
            + trigger
            + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by test';"
            + " END $$");
    Database.execute(
        "CREATE TRIGGER "
            + trigger
            + " BEFORE INSERT ON student FOR EACH ROW WHEN (NEW.tenant_id = "
            + academy.id()
            + " AND NEW.name = '거부') EXECUTE FUNCTION "
            + trigger
            + "()");
    try {
      StringBuilder csv = new StringBuilder("이름,학부모 전화번호\n");
      for (int n = 1; n <= 1_200; n++) {
        csv.append(n == 700 ? "거부" : "학생" + n)
            .append(",0107")
            .append(String.format("%07d", n))
            .append('\n');
      }
      JsonObject result = Imports.done(Imports.runCsv(academy.ownerToken(), "chunks.csv", csv));
      assertCounts(result, 700, 0, 0, 0, 500);
      assertEquals(700, Database.count(academy.id(), STUDENTS, academy.id()));
      List<List<String>> rejected =
          Imports.read(Imports.download(result.getString("rejectedRowsUrl")));
      assertEquals(501, rejected.size());
      assertEquals("502", rejected.get(1).get(2));
      assertTrue(rejected.get(1).get(3).contains("502–1001행 묶음"), rejected::toString);
      assertTrue(rejected.get(1).get(3).contains("refused by test"), rejected::toString);
    } finally {
      Database.execute("DROP TRIGGER " + trigger + " ON student");
      Database.execute("DROP FUNCTION " + trigger + "()");
    }
  }

  private static byte[] merged(byte[] xlsx, String range) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      workbook.getSheetAt(0).addMergedRegion(CellRangeAddress.valueOf(range));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static void csv(String token, String text, String charset, boolean bom) {
    byte[] body = text.getBytes(Charset.forName(charset));
    if (bom) {
      byte[] marked = new byte[body.length + 3];
      marked[0] = (byte) 0xef;
      marked[1] = (byte) 0xbb;
      marked[2] = (byte) 0xbf;
      System.arraycopy(body, 0, marked, 3, body.length);
      body = marked;
    }
    assertCounts(Imports.done(Imports.run(token, "명단.csv", body, null)), 1, 0, 0, 0, 0);
  }

  static void assertCounts(
      JsonObject result, int created, int updated, int restored, int unchanged, int rejected) {
    assertEquals(
        List.of(created, updated, restored, unchanged, rejected),
        List.of(
            result.getInt("created"),
            result.getInt("updated"),
            result.getInt("restored"),
            result.getInt("unchanged"),
            result.getInt("rejected")),
        result::toString);
  }
}
