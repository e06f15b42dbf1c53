package kr.academy.students.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.academy.jobs.JobId;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.students.RosterFiles;
import kr.academy.tenancy.TenantId;
import kr.academy.testing.InMemoryImportChunks;
import kr.academy.testing.InMemoryStorage;
import kr.academy.testing.RecordedProgress;
import kr.academy.testing.TestClock;
import kr.academy.testing.TextSheets;
import kr.academy.testing.TextWorkbooks;
import org.junit.jupiter.api.Test;

/**
 * The import workflow over an upload, a roster, reports and storage in memory: what a file's rows
 * become, what a refused chunk, a failed attempt or a stop leaves behind, and what the next attempt
 * recalls.
 */
class ImportStudentsTest {

  private static final TenantId ACADEMY = new TenantId(7);

  /** 01:30 on 23 November in Korea, still the 22nd in UTC. */
  private static final Instant NOW = Instant.parse("2026-11-22T16:30:00Z");

  private static final String HEADER = "이름\t학부모 전화번호\t학교\t비고";
  private static final StoredFile UPLOAD =
      StoredFile.of(ACADEMY, StorageBucket.EXCEL, "imports/uploads/abc.csv", "명단.csv");

  private final JobId job = JobId.random();
  private final InMemoryImportChunks chunks = new InMemoryImportChunks();
  private final TextSheets sheets = new TextSheets();
  private final TextWorkbooks reports = new TextWorkbooks();
  private final InMemoryStorage storage = new InMemoryStorage();
  private final ImportLimits limits = new ImportLimits();
  private final RecordedProgress progress = new RecordedProgress();
  private final ImportStudents imports =
      new ImportStudents(chunks, sheets, reports, storage, limits, new TestClock(NOW));

  ImportStudentsTest() {
    limits.maxRows = 100_000;
  }

  /** A title row, the header, then {@code students} valid rows. */
  private static List<String> file(int students) {
    List<String> lines = new ArrayList<>(List.of("2026 겨울 명단", HEADER));
    for (int n = 0; n < students; n++) {
      lines.add(student(n));
    }
    return lines;
  }

  private static String student(int n) {
    return "학생" + n + "\t" + String.format("0101%07d", n) + "\t대치중\t";
  }

  private void upload(List<String> lines) {
    storage.keep(UPLOAD, TextSheets.lines(lines.toArray(String[]::new)), "text/csv");
  }

  private JsonObject run(boolean dryRun) throws Exception {
    return imports.importUpload(
        ACADEMY, job, new StudentImportRequest(UPLOAD, SheetFormat.CSV, dryRun), progress);
  }

  private static ImportCounts counts(JsonObject result) {
    return new ImportCounts(
        result.getInt("created"),
        result.getInt("updated"),
        result.getInt("restored"),
        result.getInt("unchanged"),
        result.getInt("rejected"));
  }

  private StoredFile reportFile() {
    return StoredFile.of(
        ACADEMY,
        StorageBucket.EXCEL,
        "imports/" + job + "-rejected.xlsx",
        "가져오지-못한-행-20261123.xlsx");
  }

  @Test
  void rowsAreWrittenInChunksAndCountedByWhatBecameOfThem() throws Exception {
    upload(file(1_200));
    chunks.enrol(
        new ExistingStudent(
            1, new StudentKey("학생0", "01010000000"), null, "대치중", null, null, null));
    chunks.enrol(
        new ExistingStudent(
            2, new StudentKey("학생1", "01010000001"), null, "역삼중", null, null, null));
    chunks.enrol(
        new ExistingStudent(3, new StudentKey("학생2", "01010000002"), null, "대치중", null, null, NOW));

    JsonObject result = run(false);

    assertEquals(new ImportCounts(1_197, 1, 1, 1, 0), counts(result));
    assertEquals(1_200, result.getInt("rows"));
    assertFalse(result.getBoolean("dryRun"));
    assertEquals("[\"비고\"]", result.getJsonArray("ignoredColumns").toString());
    assertTrue(result.isNull("rejectedRowsFile"));
    assertEquals(List.of(0, 1, 2), chunks.applied());
    assertEquals(3, chunks.checkpoints(job).size());
    assertEquals(0, reports.created(), "no report without a rejected row");
    assertTrue(sheets.allClosed());
  }

  @Test
  void rejectedRowsAreStoredInAReportUnderTheFilesHeader() throws Exception {
    List<String> lines = file(3);
    lines.add("학생3\t없음\t대치중\t");
    lines.add(student(0));
    upload(lines);

    JsonObject result = run(false);

    assertEquals(new ImportCounts(3, 0, 0, 0, 2), counts(result));
    assertEquals(reportFile(), StoredFile.fromJson(result.getJsonObject("rejectedRowsFile")));
    InMemoryStorage.Stored report = storage.find(reportFile()).orElseThrow();
    assertEquals(RosterFiles.XLSX, report.contentType());
    assertEquals(
        List.of(
            HEADER,
            "학생3\t없음\t대치중\t\t6\t학부모 전화번호가 올바른 휴대폰 번호가 아닙니다: 없음",
            student(0) + "\t7\t중복: 3행과 이름·학부모 전화번호가 같습니다 (먼저 나온 행만 가져옵니다)"),
        report.text().lines().toList());
    assertTrue(reports.allClosed());
  }

  @Test
  void aChunkTheDatabaseRefusesRejectsItsRowsAndIsRecordedSoALaterAttemptSaysTheSame()
      throws Exception {
    upload(file(1_200));
    chunks.refuse(1, "학교 이름이 너무 깁니다");

    JsonObject first = run(false);

    assertEquals(new ImportCounts(700, 0, 0, 0, 500), counts(first));
    assertTrue(chunks.checkpoints(job).get(1).isFailed());
    long rejectedLines = storage.find(reportFile()).orElseThrow().text().lines().count();
    assertEquals(1 + 500, rejectedLines);

    JsonObject again = run(false);
    assertEquals(counts(first), counts(again));
    assertEquals(List.of(0, 1, 2), chunks.applied(), "no chunk is applied twice");
  }

  @Test
  void anAttemptThatFailsMidFileIsResumedFromItsCheckpoints() throws Exception {
    upload(file(1_200));
    chunks.failAt(1);
    assertThrows(IllegalStateException.class, () -> run(false));
    assertEquals(List.of(0), chunks.applied());
    assertTrue(sheets.allClosed());

    chunks.failAt(-1);
    JsonObject result = run(false);

    assertEquals(List.of(0, 1, 2), chunks.applied(), "the first chunk is recalled, not written");
    assertEquals(new ImportCounts(1_200, 0, 0, 0, 0), counts(result));
  }

  @Test
  void aDryRunCountsWithoutRecordingAndIgnoresEarlierCheckpoints() throws Exception {
    upload(file(600));
    run(false);

    JsonObject dry = run(true);

    assertTrue(dry.getBoolean("dryRun"));
    assertEquals(new ImportCounts(600, 0, 0, 0, 0), counts(dry));
    assertEquals(List.of(0, 1, 0, 1), chunks.applied());
  }

  @Test
  void aFileWithTooManyRowsIsRefusedBeforeAnythingIsWritten() {
    limits.maxRows = 3;
    upload(file(4));

    ImportFileRejected refused = assertThrows(ImportFileRejected.class, () -> run(false));

    assertTrue(refused.getMessage().startsWith("행이 너무 많습니다"));
    assertTrue(chunks.applied().isEmpty());
    assertEquals(List.of(UPLOAD), List.copyOf(storage.files()));
    assertTrue(sheets.allClosed());
  }

  @Test
  void aFileWithoutItsRequiredColumnsIsRefused() {
    upload(List.of("이름\t학교", "김\t대치중"));

    ImportFileRejected refused = assertThrows(ImportFileRejected.class, () -> run(false));

    assertTrue(refused.getMessage().startsWith("필수 열이 없습니다"));
    assertTrue(chunks.applied().isEmpty());
  }

  @Test
  void progressFollowsTheRowsOfEachChunk() throws Exception {
    upload(file(1_200));

    run(false);

    assertEquals(
        List.of(
            new RecordedProgress.Step(1, "reading the file"),
            new RecordedProgress.Step(5, "importing 1200 rows"),
            new RecordedProgress.Step(42, "row 502 of 1202"),
            new RecordedProgress.Step(80, "row 1002 of 1202"),
            new RecordedProgress.Step(95, "row 1202 of 1202"),
            new RecordedProgress.Step(97, "saving the report")),
        progress.steps());
  }

  @Test
  void aStopAtAProgressReportEndsTheImportWithWhatWasWrittenRecorded() {
    List<String> lines = file(1_200);
    lines.add(2, "학생x\t없음\t\t");
    upload(lines);
    RuntimeException cancelled = new IllegalStateException("cancelled");
    progress.stopAt(4, cancelled);

    assertSame(cancelled, assertThrows(IllegalStateException.class, () -> run(false)));

    assertEquals(List.of(0, 1), chunks.applied());
    assertEquals(2, chunks.checkpoints(job).size());
    assertEquals(List.of(UPLOAD), List.copyOf(storage.files()), "no report is stored");
    assertTrue(sheets.allClosed());
    assertEquals(1, reports.created());
    assertTrue(reports.allClosed());
  }
}
