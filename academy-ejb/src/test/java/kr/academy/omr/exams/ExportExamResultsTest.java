package kr.academy.omr.exams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.academy.jobs.JobId;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.students.RosterFiles;
import kr.academy.testing.InMemoryStorage;
import kr.academy.testing.RecordedProgress;
import kr.academy.testing.TextWorkbooks;
import org.junit.jupiter.api.Test;

/** The results export over the real exam services, in-memory sheets, text workbooks and storage. */
class ExportExamResultsTest {

  private final ExamDesk desk = new ExamDesk();
  private final UUID exam =
      desk.exam(
          "{\"q1\": \"A\", \"q2\": \"B\", \"q6\": \"12\"}",
          "{\"sections\": {\"객관식\": {\"questions\": [\"q1\", \"q2\"]}}}");
  private final TextWorkbooks workbooks = new TextWorkbooks();
  private final InMemoryStorage storage = new InMemoryStorage();
  private final RecordedProgress progress = new RecordedProgress();
  private final JobId job = JobId.random();
  private final ExportExamResults export =
      new ExportExamResults(desk.exams, workbooks, storage, desk.clock);

  @Test
  void everySheetIsARowWithItsStudentScoresAndAnswersStoredUnderTheJob() throws Exception {
    desk.roster.add(11, "김하나", "01012345678", "01011110000");
    int sheets = ExportExamResults.PAGE + 5;
    for (int page = 1; page <= sheets; page++) {
      desk.read(
          exam,
          page,
          SampleSheet.number(
              page == 1 ? "5678" : "9999",
              Map.of("q1", List.of("A"), "q2", List.of("A", "C"), "q6_1", List.of("1"))));
    }

    JsonObject result = export.export(ExamDesk.ACADEMY, job, exam, progress).orElseThrow();

    StoredFile file =
        StoredFile.of(
            ExamDesk.ACADEMY,
            StorageBucket.EXCEL,
            "exports/" + job + ".xlsx",
            "3월 모의고사-결과-20261201.xlsx");
    assertEquals(file, StoredFile.fromJson(result.getJsonObject("file")));
    assertEquals(sheets, result.getInt("rows"));
    List<String> lines = storage.find(file).orElseThrow().text().lines().toList();
    assertEquals(RosterFiles.XLSX, storage.find(file).orElseThrow().contentType());
    assertEquals(sheets + 1, lines.size());
    assertEquals("이름\t수험번호\t학생 확인\t총점\t객관식\tq1\tq2\tq6\t검토 표시\t파일\t쪽", lines.get(0));
    assertEquals(
        "김하나\t5678\t번호 일치\t1.00\t1.00\tA\tA,C\t1\tANSWERS_FLAGGED\tscan.pdf\t1", lines.get(1));
    assertTrue(lines.get(sheets).startsWith("\t9999\t일치 없음\t"), lines.get(sheets));
    assertTrue(lines.get(sheets).endsWith("\tscan.pdf\t" + sheets), lines.get(sheets));
    assertEquals(
        new RecordedProgress.Step(1, "exporting " + sheets + " sheets"), progress.steps().get(0));
    assertTrue(workbooks.allClosed());
  }

  @Test
  void aDeletedExamExportsNothing() throws Exception {
    desk.exams.remove(exam);

    assertEquals(Optional.empty(), export.export(ExamDesk.ACADEMY, job, exam, progress));
    assertEquals(0, workbooks.created());
  }

  @Test
  void aTitleKeepsOnlyWhatAFileNameCanHold() {
    assertEquals("1_2 중간고사 _수학_", ExportExamResults.fileTitle("1/2 중간고사 <수학>"));
    assertEquals(50, ExportExamResults.fileTitle("가".repeat(80)).length());
  }
}
