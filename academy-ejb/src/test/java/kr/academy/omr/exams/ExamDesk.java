package kr.academy.omr.exams;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kr.academy.jobs.JobId;
import kr.academy.omr.OmrPlan;
import kr.academy.omr.OmrTemplate;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;
import kr.academy.testing.InMemoryExamRoster;
import kr.academy.testing.InMemoryExamSheets;
import kr.academy.testing.InMemoryExams;
import kr.academy.testing.InMemoryOmrTemplates;
import kr.academy.testing.TestClock;

/**
 * The exam services of one academy wired over in-memory ports, as the container wires them: the
 * API's {@link Exams} and the grading job's {@link ExamGrading}, sharing exams, sheets, the sample
 * template and a roster.
 */
final class ExamDesk {

  static final TenantId ACADEMY = new TenantId(7);
  static final long TEACHER = 3;

  final InMemoryExams examRows = new InMemoryExams();
  final InMemoryExamSheets sheetRows = new InMemoryExamSheets();
  final InMemoryOmrTemplates templateRows = new InMemoryOmrTemplates();
  final InMemoryExamRoster roster = new InMemoryExamRoster();
  final TestClock clock = new TestClock(SampleSheet.NOW);
  final OmrTemplate template = SampleSheet.template();
  final Exams exams = new Exams();
  final ExamGrading grading = new ExamGrading();
  final JobId job = JobId.random();

  ExamDesk() {
    templateRows.add(template);
    ExamTemplates examTemplates = new ExamTemplates();
    examTemplates.templates = templateRows;
    TenantContext tenant = new TenantContext();
    tenant.bind(ACADEMY);
    exams.exams = examRows;
    exams.sheets = sheetRows;
    exams.templates = templateRows;
    exams.examTemplates = examTemplates;
    exams.roster = roster;
    exams.plan = new IncludedPlan();
    exams.clock = clock;
    grading.exams = examRows;
    grading.sheets = sheetRows;
    grading.templates = examTemplates;
    grading.roster = roster;
    grading.tenant = tenant;
    grading.clock = clock;
    grading.minDigits = 4;
  }

  /** An academy whose plan includes OMR; the plan rule itself is OmrTemplatesIT's. */
  private static final class IncludedPlan extends OmrPlan {
    @Override
    public void require() {}
  }

  /** An exam on the sample sheet with this key and scoring; its id. */
  UUID exam(String answerKey, String scoring) {
    return exams
        .create(
            "3월 모의고사",
            template.templateId(),
            SampleSheet.json(answerKey),
            scoring == null ? null : SampleSheet.json(scoring),
            null,
            TEACHER)
        .exam()
        .examId();
  }

  static SheetSource page(JobId job, int page) {
    return new SheetSource(
        job, StoredFile.of(ACADEMY, StorageBucket.AI, "omr/uploads/scan.pdf", "scan.pdf"), page);
  }

  /** Grades page {@code page} of the desk's job, marked as {@code marks} says; its sheet. */
  ExamSheet read(UUID exam, int page, Map<String, List<String>> marks, Set<String> doubtful) {
    UUID sheet =
        grading.record(exam, page(job, page), SampleSheet.reading(marks, doubtful)).orElseThrow();
    return sheetRows.find(exam, sheet).orElseThrow();
  }

  ExamSheet read(UUID exam, int page, Map<String, List<String>> marks) {
    return read(exam, page, marks, Set.of());
  }
}
