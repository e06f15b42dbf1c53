package kr.academy.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * STUDENT_IMPORT benchmarks against a running server.
 *
 * <ul>
 *   <li>{@code mix RUNS}: per run a fresh academy holding 3,000 students (500 of them removed)
 *       imports 5,000 rows: 1,000 unchanged, 1,000 changed, 500 removed ones, 2,000 new and 500
 *       invalid. Prints upload-to-DONE and worker time (the job's startedAt to finishedAt), then
 *       the same rows through a per-row lookup-and-save loop over JDBC on another fresh academy.
 *   <li>{@code big ROWS [PID]}: a fresh academy imports ROWS new students from one workbook. With
 *       the server's PID it also forces a full GC before the upload and once half the rows are in,
 *       and prints the live heap at both points (a second run, so the timing run is untouched).
 * </ul>
 *
 * <p>Usage: {@code ImportBench BASE_URL ADMIN_PASSWORD mix RUNS | big ROWS [PID]}. Database access
 * (set-up and the per-row loop) uses ACADEMY_DB_* of the local stack.
 */
public final class ImportBench {

  private static final int SETUP = 3_000;
  private static final Pattern TENANT = Pattern.compile("\"tenant_id\":(\\d+)");
  private static final Pattern STARTED = Pattern.compile("\"startedAt\":\"([^\"]+)\"");
  private static final Pattern FINISHED = Pattern.compile("\"finishedAt\":\"([^\"]+)\"");
  private static final Pattern PROGRESS = Pattern.compile("\"progress\":(\\d+)");
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private record Student(String name, String parentPhone, String school, String grade) {}

  private record Timing(long endToEndMillis, long workerMillis, String result) {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String adminPassword = args[1];
    switch (args[2]) {
      case "mix" -> mix(base, adminPassword, Integer.parseInt(args[3]));
      case "big" ->
          big(base, adminPassword, Integer.parseInt(args[3]), args.length > 4 ? args[4] : null);
      default -> throw new IllegalArgumentException("mix RUNS | big ROWS [PID]");
    }
  }

  private static void mix(String base, String adminPassword, int runs) throws Exception {
    List<Student> rows = mixRows();
    byte[] file = workbook(rows);
    long[] worker = new long[runs];
    for (int run = 0; run < runs; run++) {
      String token = preparedAcademy(base, adminPassword);
      Timing timing = importFile(base, token, file, null);
      worker[run] = timing.workerMillis();
      System.err.printf(
          "mix %d: %d ms upload to DONE, %d ms worker time, %s%n",
          run + 1, timing.endToEndMillis(), timing.workerMillis(), counts(timing.result()));
    }
    Arrays.sort(worker);
    long median = worker[runs / 2];
    System.err.printf(
        "median worker time %d ms (best %d, worst %d)%n", median, worker[0], worker[runs - 1]);

    String token = preparedAcademy(base, adminPassword);
    long perRow = perRow(tenantOf(token), rows);
    System.err.printf(
        "per-row lookup-and-save of the same 5,000 rows: %d ms; chunked import is %.1fx faster%n",
        perRow, (double) perRow / median);
  }

  private static void big(String base, String adminPassword, int count, String pid)
      throws Exception {
    List<Student> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(student(i, "벤치중학교"));
    }
    byte[] file = workbook(rows);
    System.err.printf("workbook of %d rows: %d bytes%n", count, file.length);
    Timing timing = importFile(base, Seed.openAcademy(base, adminPassword), file, null);
    System.err.printf(
        "big: %d ms upload to DONE, %d ms worker time, %s%n",
        timing.endToEndMillis(), timing.workerMillis(), counts(timing.result()));
    if (pid != null) {
      long before = liveHeapKb(pid);
      Timing measured = importFile(base, Seed.openAcademy(base, adminPassword), file, pid);
      System.err.printf(
          "heap: %d MB live before, %s; that run took %d ms worker time%n",
          before / 1024, measured.result(), measured.workerMillis());
    }
  }

  /** 3,000 students imported, the last 500 of them then removed. */
  private static String preparedAcademy(String base, String adminPassword) throws Exception {
    String token = Seed.openAcademy(base, adminPassword);
    List<Student> setup = new ArrayList<>();
    for (int i = 0; i < SETUP; i++) {
      setup.add(student(i, "벤치중학교"));
    }
    importFile(base, token, workbook(setup), null);
    try (Connection db = database(tenantOf(token));
        PreparedStatement remove =
            db.prepareStatement(
                "UPDATE student SET deleted_at = now() WHERE name BETWEEN '학생02500' AND '학생02999'")) {
      remove.executeUpdate();
    }
    return token;
  }

  private static List<Student> mixRows() {
    List<Student> rows = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      rows.add(student(i, "벤치중학교"));
    }
    for (int i = 1_000; i < 2_000; i++) {
      rows.add(student(i, "새학교"));
    }
    for (int i = 2_500; i < 3_000; i++) {
      rows.add(student(i, "벤치중학교"));
    }
    for (int i = 3_000; i < 5_000; i++) {
      rows.add(student(i, "벤치중학교"));
    }
    for (int i = 0; i < 500; i++) {
      rows.add(new Student(String.format("오류%05d", i), "없음", "", ""));
    }
    Collections.shuffle(rows, new Random(42));
    return rows;
  }

  private static Student student(int i, String school) {
    return new Student(
        String.format("학생%05d", i), String.format("0107%07d", i), school, "중" + (1 + i % 3));
  }

  private static byte[] workbook(List<Student> rows) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = workbook.createSheet("학생");
      Row header = sheet.createRow(0);
      String[] titles = {"이름", "학부모 전화번호", "학교", "학년"};
      for (int c = 0; c < titles.length; c++) {
        header.createCell(c).setCellValue(titles[c]);
      }
      for (int r = 0; r < rows.size(); r++) {
        Student s = rows.get(r);
        Row row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue(s.name());
        row.createCell(1).setCellValue(s.parentPhone());
        row.createCell(2).setCellValue(s.school());
        row.createCell(3).setCellValue(s.grade());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /**
   * Uploads the file and waits for DONE. With a PID, forces a full GC once half the rows are in and
   * returns the live heap then as the result instead of the counts.
   */
  private static Timing importFile(String base, String token, byte[] file, String pid)
      throws Exception {
    String boundary = "----bench" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xlsx\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    long start = System.nanoTime();
    String jobId =
        BenchHttp.find(
            BenchHttp.JOB_ID,
            BenchHttp.send(
                BenchHttp.authorized(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/students/imports"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                    token),
                202));
    String midRun = null;
    if (pid != null) {
      while (midRun == null) {
        String progress = BenchHttp.get(base + "/api/v1/jobs/" + jobId + "/progress", token, 200);
        if (Integer.parseInt(BenchHttp.find(PROGRESS, progress)) >= 50) {
          midRun = "live at half way " + liveHeapKb(pid) / 1024 + " MB";
        }
        Thread.sleep(20);
      }
    }
    String status = BenchHttp.awaitEnd(base, token, jobId);
    long endToEnd = (System.nanoTime() - start) / 1_000_000;
    String detail = BenchHttp.get(base + "/api/v1/jobs/" + jobId, token, 200);
    if (!status.equals("DONE")) {
      throw new IllegalStateException("import " + jobId + " ended " + status + ": " + detail);
    }
    long worker =
        Duration.between(
                Instant.parse(BenchHttp.find(STARTED, detail)),
                Instant.parse(BenchHttp.find(FINISHED, detail)))
            .toMillis();
    return new Timing(endToEnd, worker, midRun != null ? midRun : detail);
  }

  /** The heap in use right after a full GC of the server, in KB. */
  private static long liveHeapKb(String pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    return Long.parseLong(BenchHttp.find(USED, jcmd(pid, "GC.heap_info")));
  }

  private static String jcmd(String pid, String command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }

  private static String counts(String detail) {
    return detail.replaceAll(".*\"result\":\\{(\"created\"[^}]*?),\"rows\".*", "$1");
  }

  /**
   * The replaced system's way, for the record: per row, look the student up by its key, then insert
   * or update it, each statement committing on its own.
   */
  private static long perRow(long tenant, List<Student> rows) throws SQLException {
    try (Connection db = database(tenant);
        PreparedStatement find =
            db.prepareStatement(
                "SELECT id, school, grade, deleted_at FROM student WHERE tenant_id = ? AND name = ?"
                    + " AND parent_phone = ? ORDER BY deleted_at DESC NULLS FIRST LIMIT 1");
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE student SET school = ?, grade = ?, deleted_at = NULL, updated_at = now()"
                    + " WHERE tenant_id = ? AND id = ?");
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO student (id, tenant_id, name, parent_phone, school, grade)"
                    + " VALUES (nextval('student_id_seq'), ?, ?, ?, ?, ?)")) {
      long start = System.nanoTime();
      for (Student s : rows) {
        if (!s.parentPhone().matches("010\\d{8}")) {
          continue;
        }
        find.setLong(1, tenant);
        find.setString(2, s.name());
        find.setString(3, s.parentPhone());
        try (ResultSet found = find.executeQuery()) {
          if (found.next()) {
            boolean removed = found.getTimestamp(4) != null;
            if (removed
                || !s.school().equals(found.getString(2))
                || !s.grade().equals(found.getString(3))) {
              update.setString(1, s.school());
              update.setString(2, s.grade());
              update.setLong(3, tenant);
              update.setLong(4, found.getLong(1));
              update.executeUpdate();
            }
          } else {
            insert.setLong(1, tenant);
            insert.setString(2, s.name());
            insert.setString(3, s.parentPhone());
            insert.setString(4, s.school());
            insert.setString(5, s.grade());
            insert.executeUpdate();
          }
        }
      }
      return (System.nanoTime() - start) / 1_000_000;
    }
  }

  /** The application's database role, acting for one academy (row-level security). */
  private static Connection database(long tenant) throws SQLException {
    Connection db =
        DriverManager.getConnection(
            "jdbc:postgresql://"
                + System.getenv("ACADEMY_DB_HOST")
                + ":"
                + System.getenv("ACADEMY_DB_PORT")
                + "/"
                + System.getenv("ACADEMY_DB_NAME"),
            System.getenv("ACADEMY_DB_USER"),
            System.getenv("ACADEMY_DB_PASSWORD"));
    try (PreparedStatement bind =
        db.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
      bind.setString(1, Long.toString(tenant));
      bind.execute();
    }
    return db;
  }

  private static long tenantOf(String token) {
    String payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    return Long.parseLong(BenchHttp.find(TENANT, payload));
  }
}
