package kr.academy.students;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.academy.common.DomainException;
import kr.academy.common.PhoneNumber;
import kr.academy.common.Validation;
import kr.academy.tenancy.TenantScoped;

/**
 * A child on an academy's roster. Identified inside the academy by name and parent phone (the
 * matching key of imports); removed softly so a mistaken delete can be undone.
 */
@Entity
@Table(name = "student")
public class Student extends TenantScoped {

  public static final int NAME_MAX = 50;
  public static final int SCHOOL_MAX = 100;
  public static final int GRADE_MAX = 20;
  public static final int MEMO_MAX = 2000;

  /** Fields a PATCH may carry. */
  public static final Set<String> EDITABLE =
      Set.of("name", "phone", "parentPhone", "school", "grade", "memo");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "student_id")
  @SequenceGenerator(name = "student_id", sequenceName = "student_id_seq", allocationSize = 50)
  private long id;

  @Column(nullable = false)
  private String name;

  private String phone;

  @Column(name = "parent_phone", nullable = false)
  private String parentPhone;

  private String school;
  private String grade;
  private String memo;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Student() {}

  public static Student register(StudentDetails details, Instant now) {
    Student student = new Student();
    student.assign(details);
    student.createdAt = now;
    student.updatedAt = now;
    return student;
  }

  /**
   * Applies a partial change: keys present are changed (a null value clears an optional field),
   * keys absent are kept.
   */
  public void change(Map<String, String> changes, Instant now) {
    for (String field : changes.keySet()) {
      if (!EDITABLE.contains(field)) {
        throw DomainException.invalid(field, field + " cannot be changed");
      }
    }
    StudentDetails current = details();
    assign(
        new StudentDetails(
            changes.containsKey("name") ? changes.get("name") : current.name(),
            changes.containsKey("phone") ? changes.get("phone") : current.phone(),
            changes.containsKey("parentPhone") ? changes.get("parentPhone") : current.parentPhone(),
            changes.containsKey("school") ? changes.get("school") : current.school(),
            changes.containsKey("grade") ? changes.get("grade") : current.grade(),
            changes.containsKey("memo") ? changes.get("memo") : current.memo()));
    updatedAt = now;
  }

  public void delete(Instant now) {
    if (deletedAt == null) {
      deletedAt = now;
      updatedAt = now;
    }
  }

  public void restore(Instant now) {
    if (deletedAt != null) {
      deletedAt = null;
      updatedAt = now;
    }
  }

  private void assign(StudentDetails details) {
    Validation v = new Validation();
    String newName = v.requiredText("name", details.name(), NAME_MAX);
    PhoneNumber newPhone =
        v.check(
            () -> PhoneNumber.parseOptional(details.phone(), PhoneNumber.Usage.MOBILE, "phone"));
    PhoneNumber newParentPhone =
        v.check(
            () ->
                PhoneNumber.parse(details.parentPhone(), PhoneNumber.Usage.MOBILE, "parentPhone"));
    String newSchool = v.optionalText("school", details.school(), SCHOOL_MAX);
    String newGrade = v.optionalText("grade", details.grade(), GRADE_MAX);
    String newMemo = v.optionalText("memo", details.memo(), MEMO_MAX);
    v.throwIfInvalid();
    name = newName;
    phone = newPhone == null ? null : newPhone.digits();
    parentPhone = newParentPhone.digits();
    school = newSchool;
    grade = newGrade;
    memo = newMemo;
  }

  /**
   * Another active student already has this name and parent phone; the existing student's id is
   * named when known (a race caught only by the unique index does not know it).
   */
  public static DomainException duplicateOf(Long existingId) {
    return new DomainException(
        DomainException.Kind.CONFLICT,
        "DUPLICATE_STUDENT",
        "a student with this name and parent phone already exists",
        existingId == null
            ? List.of()
            : List.of(new DomainException.Detail("id", Long.toString(existingId))));
  }

  public StudentDetails details() {
    return new StudentDetails(name, phone, parentPhone, school, grade, memo);
  }

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String parentPhone() {
    return parentPhone;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public Instant deletedAt() {
    return deletedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
