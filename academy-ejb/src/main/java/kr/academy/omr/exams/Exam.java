package kr.academy.omr.exams;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kr.academy.omr.OmrJson;
import kr.academy.omr.OmrLayout;
import kr.academy.tenancy.TenantScoped;

/**
 * An exam graded on an academy's OMR template: its answer key and scoring as given (re-serialised),
 * and the label holding the student's number. The key is read against the template again when it is
 * used ({@link #key}); the template never changes and cannot be removed while the exam exists.
 */
@Entity
@Table(name = "exam")
public class Exam extends TenantScoped {

  public static final int TITLE_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exam_id")
  @SequenceGenerator(name = "exam_id", sequenceName = "exam_id_seq", allocationSize = 50)
  private long id;

  @Column(name = "exam_id", nullable = false)
  private UUID examId;

  @Column(nullable = false)
  private String title;

  @Column(name = "template_id", nullable = false)
  private UUID templateId;

  @Column(name = "answer_key", nullable = false)
  private String answerKey;

  @Column(nullable = false)
  private String scoring;

  @Column(name = "student_number")
  private String studentNumber;

  @Column(name = "question_count", nullable = false)
  private int questionCount;

  @Column(name = "max_score", nullable = false)
  private BigDecimal maxScore;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Exam() {}

  public static Exam create(
      String title,
      UUID templateId,
      ExamKey key,
      JsonObject answerKey,
      JsonObject scoring,
      Long createdBy,
      Instant now) {
    Exam exam = new Exam();
    exam.examId = UUID.randomUUID();
    exam.title = title;
    exam.templateId = templateId;
    exam.answerKey = answerKey.toString();
    exam.scoring = scoring.toString();
    exam.studentNumber = key.studentNumber().orElse(null);
    exam.questionCount = key.questions().size();
    exam.maxScore = key.maxScore();
    exam.createdBy = createdBy;
    exam.createdAt = now;
    return exam;
  }

  /** The key as the grader applies it, read against the exam's template. */
  public ExamKey key(OmrLayout layout) {
    return ExamKeyReader.read(layout, answerKey(), scoring(), studentNumber);
  }

  public UUID examId() {
    return examId;
  }

  public String title() {
    return title;
  }

  public UUID templateId() {
    return templateId;
  }

  public JsonObject answerKey() {
    return OmrJson.object(answerKey);
  }

  public JsonObject scoring() {
    return OmrJson.object(scoring);
  }

  public Optional<String> studentNumber() {
    return Optional.ofNullable(studentNumber);
  }

  public int questionCount() {
    return questionCount;
  }

  public BigDecimal maxScore() {
    return maxScore;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
