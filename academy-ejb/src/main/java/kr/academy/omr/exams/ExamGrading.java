package kr.academy.omr.exams;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import kr.academy.omr.reading.SheetReading;
import kr.academy.tenancy.TenantBound;
import kr.academy.tenancy.TenantContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where OMR_GRADE records what it read: one call per page, one transaction each, for the bound
 * academy. A page is identified by its source (job, stored file, page): the same page recorded
 * again replaces its sheet's reading and keeps a person's corrections, so a redelivered job never
 * adds a second sheet. Every call answers empty when the exam no longer exists (it was deleted
 * while its sheets were read).
 */
@Stateless
@LocalBean
@TenantBound
public class ExamGrading {

  @Inject ExamRepository exams;
  @Inject ExamSheetRepository sheets;
  @Inject ExamTemplates templates;
  @Inject ExamRoster roster;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "academy.omr.student-number.min-digits", defaultValue = "4")
  int minDigits;

  /** The template the exam's sheets are read against. */
  public Optional<SheetLayout> layoutOf(UUID examId) {
    return exams.find(examId).map(templates::of).map(t -> new SheetLayout(t.layout(), t.marker()));
  }

  /** Grades a read sheet and stores it; its sheet id, or empty when the exam is gone. */
  public Optional<UUID> record(UUID examId, SheetSource source, SheetReading reading) {
    return store(
        examId,
        source,
        (key, sheet) -> {
          SheetMarks marks = SheetMarks.of(key, reading);
          StudentMatch match = new StudentMatcher(roster, minDigits).match(marks.number());
          sheet.read(marks, match, clock.instant());
        });
  }

  /**
   * Stores a sheet that could not be read, with the reason the academy's staff act on (what {@link
   * kr.academy.omr.reading.SheetUnreadable} says); its sheet id, or empty when the exam is gone.
   */
  public Optional<UUID> recordUnreadable(UUID examId, SheetSource source, String reason) {
    return store(examId, source, (key, sheet) -> sheet.unreadable(reason, clock.instant()));
  }

  private interface Reading {
    void apply(ExamKey key, ExamSheet sheet);
  }

  private Optional<UUID> store(UUID examId, SheetSource source, Reading reading) {
    if (!source.file().belongsTo(tenant.require())) {
      throw new IllegalArgumentException("a sheet's file must be one of its own academy's");
    }
    return exams
        .find(examId)
        .map(
            exam -> {
              ExamKey key = templates.key(exam);
              Optional<ExamSheet> earlier = sheets.findBySource(source);
              ExamSheet sheet =
                  earlier.orElseGet(() -> ExamSheet.of(exam, source, clock.instant()));
              reading.apply(key, sheet);
              sheet.grade(key);
              if (earlier.isPresent()) {
                sheets.flush();
              } else {
                sheets.add(sheet);
              }
              return sheet.sheetId();
            });
  }
}
