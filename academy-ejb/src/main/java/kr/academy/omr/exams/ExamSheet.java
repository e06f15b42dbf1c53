package kr.academy.omr.exams;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.academy.jobs.JobId;
import kr.academy.omr.OmrJson;
import kr.academy.platform.storage.StoredFile;
import kr.academy.tenancy.TenantScoped;

/**
 * One answer sheet of an exam: where it came from, what was read on it (or why nothing could be),
 * the student it belongs to, a person's corrections kept beside the reading, and the score and
 * flags those give ({@link #grade}). A job that reads the same page again replaces the reading and
 * keeps the corrections, so nothing a person did is lost to a redelivered message.
 */
@Entity
@Table(name = "exam_sheet")
public class ExamSheet extends TenantScoped {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exam_sheet_id")
  @SequenceGenerator(
      name = "exam_sheet_id",
      sequenceName = "exam_sheet_id_seq",
      allocationSize = 50)
  private long id;

  @Column(name = "sheet_id", nullable = false)
  private UUID sheetId;

  @Column(name = "exam_id", nullable = false)
  private UUID examId;

  @Column(name = "job_id", nullable = false)
  private UUID jobId;

  @Column(name = "source_key", nullable = false)
  private String sourceKey;

  @Column(name = "source_file", nullable = false)
  private String sourceFile;

  @Column(name = "page_number", nullable = false)
  private int page;

  private String reading;

  @Column(name = "unreadable_reason")
  private String unreadableReason;

  @Column(nullable = false)
  private String corrections = "{}";

  @Column(name = "student_id")
  private Long studentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "student_match", nullable = false)
  private MatchStatus studentMatch;

  @Column(name = "match_candidates", nullable = false)
  private String candidates = "[]";

  @Column(name = "student_assigned_by")
  private Long studentAssignedBy;

  @Column(name = "student_assigned_at")
  private Instant studentAssignedAt;

  private BigDecimal score;

  @Column(nullable = false)
  private String flags = "[]";

  @Column(name = "needs_review", nullable = false)
  private boolean needsReview;

  @Column(name = "reviewed_by")
  private Long reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ExamSheet() {}

  static ExamSheet of(Exam exam, SheetSource source, Instant now) {
    ExamSheet sheet = new ExamSheet();
    sheet.sheetId = UUID.randomUUID();
    sheet.examId = exam.examId();
    sheet.jobId = source.job().value();
    sheet.sourceKey = source.file().key();
    sheet.sourceFile = source.file().toJson().toString();
    sheet.page = source.page();
    sheet.createdAt = now;
    sheet.updatedAt = now;
    return sheet;
  }

  /** The sheet was read: its reading replaces any earlier one; a chosen student stays. */
  void read(SheetMarks marks, StudentMatch match, Instant now) {
    reading = SheetJson.write(marks);
    unreadableReason = null;
    found(match);
    updatedAt = now;
  }

  /** Nothing could be read on the sheet, for this reason; a chosen student stays. */
  void unreadable(String reason, Instant now) {
    reading = null;
    unreadableReason = reason;
    found(StudentMatch.none(MatchStatus.NO_NUMBER));
    updatedAt = now;
  }

  private void found(StudentMatch match) {
    if (studentMatch == MatchStatus.ASSIGNED) {
      return;
    }
    studentMatch = match.status();
    studentId = match.studentId().orElse(null);
    candidates = SheetJson.writeIds(match.candidates());
  }

  /** A person's reading of these questions replaces the sheet's (and any earlier correction). */
  void correct(Map<String, List<String>> answers, Long by, Instant now) {
    Map<String, Correction> all = new LinkedHashMap<>(corrections());
    answers.forEach((question, marked) -> all.put(question, new Correction(marked, by, now)));
    corrections = SheetJson.write(all);
    updatedAt = now;
  }

  /** A person says whose sheet this is. */
  void assign(long student, Long by, Instant now) {
    studentMatch = MatchStatus.ASSIGNED;
    studentId = student;
    candidates = "[]";
    studentAssignedBy = by;
    studentAssignedAt = now;
    updatedAt = now;
  }

  /** A person has looked at the whole sheet: it leaves the review list, its flags stay shown. */
  void reviewed(Long by, Instant now) {
    reviewedBy = by;
    reviewedAt = now;
    updatedAt = now;
  }

  /** Scores the sheet against the key. */
  public GradedSheet graded(ExamKey key) {
    return SheetGrading.grade(
        key, reading == null ? null : SheetJson.marks(reading).answers(), corrections());
  }

  /** Scores the sheet against the key and keeps the score and flags for lists. */
  void grade(ExamKey key) {
    GradedSheet graded = graded(key);
    Set<SheetFlag> raised = EnumSet.noneOf(SheetFlag.class);
    if (unreadableReason != null) {
      raised.add(SheetFlag.UNREADABLE);
    }
    switch (studentMatch) {
      case UNKNOWN, NO_NUMBER -> raised.add(SheetFlag.STUDENT_UNKNOWN);
      case AMBIGUOUS -> raised.add(SheetFlag.STUDENT_AMBIGUOUS);
      case NUMBER_UNREADABLE -> raised.add(SheetFlag.STUDENT_NUMBER_UNREADABLE);
      case MATCHED -> {
        if (studentNumber().map(StudentNumber::doubtful).orElse(false)) {
          raised.add(SheetFlag.STUDENT_NUMBER_DOUBTFUL);
        }
      }
      case ASSIGNED -> {}
    }
    if (graded.anyAnswerFlagged()) {
      raised.add(SheetFlag.ANSWERS_FLAGGED);
    }
    score = graded.score();
    flags = SheetJson.names(raised).toString();
    needsReview = !raised.isEmpty() && reviewedAt == null;
  }

  /** Where the sheet stands in the order sheets were recorded. */
  public long position() {
    return id;
  }

  public UUID examId() {
    return examId;
  }

  public UUID sheetId() {
    return sheetId;
  }

  public SheetSource source() {
    return new SheetSource(new JobId(jobId), StoredFile.fromJson(OmrJson.object(sourceFile)), page);
  }

  public Optional<String> unreadableReason() {
    return Optional.ofNullable(unreadableReason);
  }

  public Optional<StudentNumber> studentNumber() {
    return reading == null ? Optional.empty() : SheetJson.marks(reading).number();
  }

  public Optional<Long> studentId() {
    return Optional.ofNullable(studentId);
  }

  public MatchStatus studentMatch() {
    return studentMatch;
  }

  public List<Long> candidates() {
    return SheetJson.ids(candidates);
  }

  public Map<String, Correction> corrections() {
    return SheetJson.corrections(corrections);
  }

  public Optional<BigDecimal> score() {
    return Optional.ofNullable(score);
  }

  public Set<SheetFlag> flags() {
    return SheetJson.sheetFlags(flags);
  }

  /** Whether a person must still look at it: it has a flag and nobody has said they looked. */
  public boolean needsReview() {
    return needsReview;
  }

  public boolean reviewed() {
    return reviewedAt != null;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
