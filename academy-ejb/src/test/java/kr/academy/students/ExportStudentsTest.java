package kr.academy.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import kr.academy.jobs.JobId;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.tenancy.TenantId;
import kr.academy.testing.InMemoryRoster;
import kr.academy.testing.InMemoryStorage;
import kr.academy.testing.RecordedProgress;
import kr.academy.testing.TestClock;
import kr.academy.testing.TextWorkbooks;
import org.junit.jupiter.api.Test;

/** The export workflow over a roster, workbooks and storage in memory. */
class ExportStudentsTest {

  private static final TenantId ACADEMY = new TenantId(7);

  /** 01:30 on 23 November in Korea, still the 22nd in UTC. */
  private static final Instant NOW = Instant.parse("2026-11-22T16:30:00Z");

  private final JobId job = JobId.random();
  private final InMemoryRoster roster = new InMemoryRoster();
  private final TextWorkbooks workbooks = new TextWorkbooks();
  private final InMemoryStorage storage = new InMemoryStorage();
  private final RecordedProgress progress = new RecordedProgress();
  private final ExportStudents export =
      new ExportStudents(roster, workbooks, storage, new TestClock(NOW));

  private void enrol(int students) {
    // Out of id order, as a roster may come: the export sorts by id.
    for (int id = students; id >= 1; id--) {
      roster.add(
          new StudentExportRow(
              id,
              (id % 2 == 0 ? "김" : "이") + id,
              null,
              "010" + (10_000_000 + id),
              "대치중",
              "2",
              null,
              NOW));
    }
  }

  private StoredFile expectedFile() {
    return StoredFile.of(
        ACADEMY, StorageBucket.EXCEL, "exports/" + job + ".xlsx", "학생명단-20261123.xlsx");
  }

  private List<String> storedLines() {
    return storage.find(expectedFile()).orElseThrow().text().lines().toList();
  }

  @Test
  void everyMatchingStudentIsWrittenPageByPageInIdOrderAndStoredUnderTheJob() throws Exception {
    enrol(ExportStudents.PAGE * 2 + 500);

    JsonObject result = export.export(ACADEMY, job, new StudentSearch(null, false), progress);

    List<String> lines = storedLines();
    assertEquals(2500, lines.size());
    assertTrue(lines.get(0).startsWith("이1\t"));
    assertTrue(lines.get(2499).startsWith("김2500\t"));
    assertEquals(4, roster.pagesRead(), "three full pages and the empty one that ends it");
    assertEquals(RosterFiles.XLSX, storage.find(expectedFile()).orElseThrow().contentType());
    assertEquals(2500, result.getInt("rows"));
    assertEquals(expectedFile(), StoredFile.fromJson(result.getJsonObject("file")));
    assertTrue(workbooks.allClosed());
  }

  @Test
  void onlyTheStudentsTheSearchMatchesAreExported() throws Exception {
    enrol(10);

    JsonObject result = export.export(ACADEMY, job, new StudentSearch("김", false), progress);

    assertEquals(5, result.getInt("rows"));
    assertTrue(storedLines().stream().allMatch(line -> line.startsWith("김")));
  }

  @Test
  void progressCountsTheRowsWritten() throws Exception {
    enrol(2500);

    export.export(ACADEMY, job, new StudentSearch(null, false), progress);

    assertEquals(
        List.of(
            new RecordedProgress.Step(1, "exporting 2500 students"),
            new RecordedProgress.Step(36, "wrote 1000 of 2500"),
            new RecordedProgress.Step(72, "wrote 2000 of 2500"),
            new RecordedProgress.Step(90, "wrote 2500 of 2500"),
            new RecordedProgress.Step(95, "saving the workbook")),
        progress.steps());
  }

  @Test
  void anEmptyRosterGivesAnEmptyWorkbook() throws Exception {
    JsonObject result = export.export(ACADEMY, job, new StudentSearch(null, false), progress);

    assertEquals(0, result.getInt("rows"));
    assertTrue(storedLines().isEmpty());
  }

  @Test
  void aStopAtAProgressReportStoresNothingAndClosesTheWorkbook() {
    enrol(2500);
    RuntimeException cancelled = new IllegalStateException("cancelled");
    progress.stopAt(3, cancelled);

    assertSame(
        cancelled,
        assertThrows(
            IllegalStateException.class,
            () -> export.export(ACADEMY, job, new StudentSearch(null, false), progress)));

    assertTrue(storage.files().isEmpty());
    assertEquals(1, workbooks.created());
    assertTrue(workbooks.allClosed());
  }
}
