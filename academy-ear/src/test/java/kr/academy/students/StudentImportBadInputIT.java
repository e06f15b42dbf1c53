package kr.academy.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Database;
import kr.academy.support.Imports;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

/**
 * Files an import cannot use: refused at upload when their kind is wrong (nothing stored as a job),
 * or failed at once with a message naming the problem when their content is (nothing written).
 */
class StudentImportBadInputIT {

  private static final List<List<Object>> GOOD =
      List.of(List.of("이름", "학부모 전화번호"), List.of("김학생", "01070000001"));

  @Test
  void filesOfTheWrongKindAreRefusedAtUpload() throws Exception {
    Academy academy = Academy.open("import-bad-a");
    String token = academy.ownerToken();
    byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
    Imports.upload(token, "명단.xlsx", pdf, null).assertError(415, "UNSUPPORTED_FILE_TYPE");
    Imports.upload(token, "명단.xlsm", macroEnabled(), null)
        .assertError(415, "MACRO_ENABLED_WORKBOOK");
    Imports.upload(token, "명단.xlsx", encrypted(Imports.workbook(GOOD)), null)
        .assertError(422, "WORKBOOK_ENCRYPTED");
    Api.Reply legacy = Imports.upload(token, "명단.xls", legacyXls(), null);
    legacy.assertError(415, "UNSUPPORTED_FILE_TYPE");
    assertTrue(legacy.json().getString("message").contains(".xls"), legacy.body());
    Imports.upload(token, "명단.csv", new byte[] {1, 0, 2, 0, 3}, null)
        .assertError(415, "UNSUPPORTED_FILE_TYPE");
    Imports.upload(token, "empty.csv", new byte[0], null).assertError(400, "VALIDATION_FAILED");
    Imports.upload(token, "명단.xlsx", Imports.workbook(GOOD), "dryRun=maybe")
        .assertError(400, "VALIDATION_FAILED");
    byte[] huge = new byte[21 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    Imports.upload(token, "huge.csv", huge, null).assertError(413, "PAYLOAD_TOO_LARGE");
    Api.post("/api/v1/students/imports", token, "{\"file\":\"x\"}")
        .assertError(415, "UNSUPPORTED_MEDIA_TYPE");
    Api.post("/api/v1/jobs", token, "{\"type\":\"STUDENT_IMPORT\",\"input\":{}}")
        .assertError(400, "VALIDATION_FAILED");
    assertEquals(0, Api.get("/api/v1/jobs", token).json().getInt("total"));
    assertNoStudents(academy);
  }

  @Test
  void unusableContentFailsTheJobAtOnceNamingTheProblem() throws Exception {
    Academy academy = Academy.open("import-bad-b");
    String token = academy.ownerToken();
    assertFailsWith(
        token,
        "missing.xlsx",
        Imports.workbook(List.of(List.of("이름", "학교"), List.of("김학생", "한국중"))),
        "필수 열이 없습니다: '학부모 전화번호'");
    assertFailsWith(token, "empty.xlsx", Imports.workbook(List.of()), "첫 번째 시트가 비어 있습니다");
    assertFailsWith(
        token,
        "only-header.xlsx",
        Imports.workbook(List.of(List.of("이름", "학부모 전화번호"))),
        "머리글 아래에 학생 행이 없습니다");
    StringBuilder noHeader = new StringBuilder();
    for (int n = 0; n < 12; n++) {
      noHeader.append("무엇,").append(n).append('\n');
    }
    assertFailsWith(
        token,
        "no-header.csv",
        noHeader.toString().getBytes(StandardCharsets.UTF_8),
        "머리글 행을 찾지 못했습니다");
    StringBuilder tooMany = new StringBuilder("이름,학부모 전화번호\n");
    for (int n = 0; n <= 100_000; n++) {
      tooMany.append("학생").append(n).append(",0107").append(String.format("%07d", n)).append('\n');
    }
    assertFailsWith(
        token, "too-many.csv", tooMany.toString().getBytes(StandardCharsets.UTF_8), "최대 100000행");
    assertFailsWith(token, "bomb.xlsx", zipBomb(Imports.workbook(GOOD)), "zip bomb");
    assertNoStudents(academy);
  }

  private static void assertFailsWith(String token, String name, byte[] file, String message) {
    JsonObject job = Imports.run(token, name, file, null);
    assertEquals("FAILED", job.getString("status"), job::toString);
    assertEquals(1, job.getInt("attempts"), job::toString);
    assertTrue(job.getString("error").contains(message), job::toString);
  }

  private static void assertNoStudents(Academy academy) throws SQLException {
    assertEquals(
        0,
        Database.count(
            academy.id(), "SELECT count(*) FROM student WHERE tenant_id = ?", academy.id()));
  }

  private static byte[] macroEnabled() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
      workbook.createSheet("학생").createRow(0).createCell(0).setCellValue("이름");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] legacyXls() throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.createSheet("학생").createRow(0).createCell(0).setCellValue("이름");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** The workbook as Excel saves it with a password: inside an encrypted OLE2 container. */
  private static byte[] encrypted(byte[] xlsx) throws Exception {
    try (POIFSFileSystem container = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("비밀번호");
      try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(xlsx));
          OutputStream data = encryptor.getDataStream(container)) {
        workbook.save(data);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      container.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** A real workbook whose sheet inflates 1000-fold: 64 MB of XML from a few dozen kilobytes. */
  private static byte[] zipBomb(byte[] xlsx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          int data = sheet.indexOf("<sheetData>") + "<sheetData>".length();
          zip.write(sheet.substring(0, data).getBytes(StandardCharsets.UTF_8));
          byte[] padding = new byte[1024 * 1024];
          Arrays.fill(padding, (byte) ' ');
          for (int n = 0; n < 64; n++) {
            zip.write(padding);
          }
          zip.write(sheet.substring(data).getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
