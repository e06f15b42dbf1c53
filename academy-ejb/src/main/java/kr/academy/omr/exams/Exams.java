package kr.academy.omr.exams;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.academy.common.DomainException;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.omr.OmrPlan;
import kr.academy.omr.OmrTemplate;
import kr.academy.omr.OmrTemplateRepository;
import kr.academy.tenancy.TenantBound;

/**
 * The bound academy's exams, their results and their review, on the plans that include OMR ({@link
 * OmrPlan}; 403 on another). Each method is one transaction with both tenant walls raised: another
 * academy's exam or sheet is simply not found.
 */
@Stateless
@LocalBean
@Local(ExamResultPages.class)
@TenantBound
public class Exams implements ExamResultPages {

  @Inject ExamRepository exams;
  @Inject ExamSheetRepository sheets;
  @Inject OmrTemplateRepository templates;
  @Inject ExamTemplates examTemplates;
  @Inject ExamRoster roster;
  @Inject OmrPlan plan;
  @Inject Clock clock;

  /**
   * Stores an exam graded on the template; refused with 422 and every problem when the answer key,
   * scoring or student-number label does not fit the template.
   */
  public ExamDetails create(
      String title,
      UUID templateId,
      JsonObject answerKey,
      JsonObject scoring,
      String studentNumber,
      Long createdBy) {
    plan.require();
    OmrTemplate template =
        templates
            .find(templateId)
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.UNPROCESSABLE,
                        "TEMPLATE_NOT_FOUND",
                        "templateId names no OMR template of this academy",
                        List.of(
                            new DomainException.Detail(
                                "templateId",
                                "templateId names no OMR template of this academy"))));
    JsonObject given = scoring == null ? JsonValue.EMPTY_JSON_OBJECT : scoring;
    ExamKey key = ExamKeyReader.read(template.layout(), answerKey, given, studentNumber);
    Exam exam = Exam.create(title, templateId, key, answerKey, given, createdBy, clock.instant());
    exams.add(exam);
    return new ExamDetails(exam, key, 0, 0);
  }

  public Optional<ExamDetails> find(UUID examId) {
    plan.require();
    return exams
        .find(examId)
        .map(
            exam ->
                new ExamDetails(
                    exam,
                    examTemplates.key(exam),
                    sheets.count(examId, false),
                    sheets.count(examId, true)));
  }

  public Page<ExamSummary> list(PageRequest page) {
    plan.require();
    return exams.list(page);
  }

  /** Removes the exam and its sheets; false when there is no such exam. */
  public boolean remove(UUID examId) {
    plan.require();
    Optional<Exam> found = exams.find(examId);
    found.ifPresent(exams::remove);
    return found.isPresent();
  }

  /**
   * A page of the exam's graded sheets; with {@code toReview}, only those a person must still look
   * at. Empty when there is no such exam.
   */
  public Optional<Page<SheetResult>> results(UUID examId, boolean toReview, PageRequest page) {
    plan.require();
    return exams
        .find(examId)
        .map(
            exam -> {
              Page<ExamSheet> found = sheets.list(examId, toReview, page);
              List<SheetResult> results = results(examTemplates.key(exam), found.items());
              return new Page<>(results, found.total(), found.page(), found.size());
            });
  }

  /**
   * Applies a person's corrections and re-scores the sheet; empty when the academy has no such exam
   * or sheet. Corrections are checked against the key and the template (422), the student must be
   * one of the academy's active students (404 otherwise, like any id of another academy).
   */
  public Optional<SheetResult> correct(
      UUID examId, UUID sheetId, SheetCorrection correction, Long by) {
    plan.require();
    Optional<Exam> exam = exams.find(examId);
    Optional<ExamSheet> found = exam.flatMap(e -> sheets.find(examId, sheetId));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    OmrTemplate template = examTemplates.of(exam.get());
    ExamKey key = exam.get().key(template.layout());
    ExamSheet sheet = found.get();
    Instant now = clock.instant();
    if (correction.answers() != null) {
      sheet.correct(
          ExamKeyReader.corrections(template.layout(), key, correction.answers()), by, now);
    }
    if (correction.studentId() != null) {
      RosterStudent student =
          roster
              .find(correction.studentId())
              .orElseThrow(() -> DomainException.notFound("student"));
      sheet.assign(student.id(), by, now);
    }
    if (Boolean.TRUE.equals(correction.reviewed())) {
      sheet.reviewed(by, now);
    }
    sheet.grade(key);
    sheets.flush();
    return Optional.of(results(key, List.of(sheet)).get(0));
  }

  @Override
  public Optional<ExamOutline> outline(UUID examId) {
    plan.require();
    return exams
        .find(examId)
        .map(
            exam -> {
              ExamKey key = examTemplates.key(exam);
              return new ExamOutline(
                  exam.title(),
                  key.questions().stream().map(ExamQuestion::label).toList(),
                  key.sections(),
                  key.maxScore(),
                  sheets.count(examId, false));
            });
  }

  @Override
  public List<SheetResult> after(UUID examId, long position, int limit) {
    plan.require();
    return exams
        .find(examId)
        .map(exam -> results(examTemplates.key(exam), sheets.after(examId, position, limit)))
        .orElse(List.of());
  }

  private List<SheetResult> results(ExamKey key, List<ExamSheet> found) {
    Set<Long> ids = new HashSet<>();
    found.forEach(
        s -> {
          s.studentId().ifPresent(ids::add);
          ids.addAll(s.candidates());
        });
    Map<Long, String> names = roster.names(ids);
    return found.stream()
        .map(
            s ->
                new SheetResult(
                    s.sheetId(),
                    s.position(),
                    s.source(),
                    s.studentId().map(id -> new RosterStudent(id, names.get(id))),
                    s.studentMatch(),
                    s.studentNumber(),
                    s.candidates().stream()
                        .map(id -> new RosterStudent(id, names.get(id)))
                        .toList(),
                    s.graded(key),
                    s.flags(),
                    s.reviewed(),
                    s.unreadableReason()))
        .toList();
  }
}
