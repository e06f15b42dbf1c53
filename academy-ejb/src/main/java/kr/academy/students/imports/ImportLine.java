package kr.academy.students.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import kr.academy.common.DomainException;
import kr.academy.common.PhoneNumber;
import kr.academy.students.Student;

/**
 * A row that passed validation: the matching key and the optional fields the row gives. A field is
 * {@code null} when the row leaves it blank or the file has no such column; an import fills and
 * corrects fields but never erases one (docs/api.md, Student imports).
 */
public record ImportLine(
    ImportRow source, StudentKey key, String phone, String school, String grade, String memo) {

  /** The verdict on one row: a line to import, or why not. */
  public sealed interface Verdict {}

  public record Accepted(ImportLine line) implements Verdict {}

  public record Rejected(String reason) implements Verdict {}

  private static final int SHOWN_MAX = 40;

  /** Validates a data row against the header; every problem of the row goes into one reason. */
  public static Verdict read(ImportHeader header, ImportRow row) {
    List<String> problems = new ArrayList<>();
    String name = text(header, row, ImportField.NAME, Student.NAME_MAX, problems);
    String parentPhone = phone(header, row, ImportField.PARENT_PHONE, problems);
    String phone = phone(header, row, ImportField.PHONE, problems);
    String school = text(header, row, ImportField.SCHOOL, Student.SCHOOL_MAX, problems);
    String grade = text(header, row, ImportField.GRADE, Student.GRADE_MAX, problems);
    String memo = text(header, row, ImportField.MEMO, Student.MEMO_MAX, problems);
    if (!problems.isEmpty()) {
      return new Rejected(String.join("; ", problems));
    }
    return new Accepted(
        new ImportLine(row, new StudentKey(name, parentPhone), phone, school, grade, memo));
  }

  /** Whether applying this line to the student would change any field. */
  public boolean changes(ExistingStudent student) {
    return differs(phone, student.phone())
        || differs(school, student.school())
        || differs(grade, student.grade())
        || differs(memo, student.memo());
  }

  /** The student as it stands after this line: given fields replace, blank ones keep. */
  public StudentWrite appliedTo(ExistingStudent student) {
    return new StudentWrite(
        student.id(),
        key,
        or(phone, student.phone()),
        or(school, student.school()),
        or(grade, student.grade()),
        or(memo, student.memo()));
  }

  public StudentWrite asNew() {
    return new StudentWrite(0, key, phone, school, grade, memo);
  }

  private static boolean differs(String given, String current) {
    return given != null && !given.equals(current);
  }

  private static String or(String given, String current) {
    return given != null ? given : current;
  }

  private static String text(
      ImportHeader header, ImportRow row, ImportField field, int max, List<String> problems) {
    ImportCell cell = cellOf(header, row, field, problems);
    if (cell == null) {
      return null;
    }
    if (field == ImportField.NAME && cell.kind() != ImportCell.Kind.TEXT) {
      problems.add("이름 칸에 글자가 아닌 " + kindName(cell.kind()) + " 값이 있습니다: " + shown(cell));
      return null;
    }
    String text = Normalizer.normalize(cell.text().strip(), Normalizer.Form.NFC);
    if (text.length() > max) {
      problems.add(field.label() + "은(는) " + max + "자 이하여야 합니다 (" + text.length() + "자)");
      return null;
    }
    return text;
  }

  private static String phone(
      ImportHeader header, ImportRow row, ImportField field, List<String> problems) {
    ImportCell cell = cellOf(header, row, field, problems);
    if (cell == null) {
      return null;
    }
    if (cell.kind() != ImportCell.Kind.TEXT && cell.kind() != ImportCell.Kind.NUMBER) {
      problems.add(
          field.label() + " 칸에 전화번호가 아닌 " + kindName(cell.kind()) + " 값이 있습니다: " + shown(cell));
      return null;
    }
    try {
      return PhoneNumber.parse(cell.text(), PhoneNumber.Usage.MOBILE, field.name()).digits();
    } catch (DomainException e) {
      problems.add(field.label() + "가 올바른 휴대폰 번호가 아닙니다: " + shown(cell));
      return null;
    }
  }

  /**
   * The row's cell for a field: {@code null} when the file has no such column or the cell is blank
   * (a problem for a required field), or when the cell holds a spreadsheet error.
   */
  private static ImportCell cellOf(
      ImportHeader header, ImportRow row, ImportField field, List<String> problems) {
    ImportCell cell = header.column(field).map(row::cell).orElse(ImportCell.BLANK);
    if (cell.kind() == ImportCell.Kind.ERROR) {
      problems.add(field.label() + " 칸의 값이 수식 오류입니다: " + shown(cell));
      return null;
    }
    if (cell.isBlank()) {
      if (field.required()) {
        problems.add(field.label() + "이(가) 비어 있습니다");
      }
      return null;
    }
    return cell;
  }

  private static String kindName(ImportCell.Kind kind) {
    return switch (kind) {
      case NUMBER -> "숫자";
      case DATE -> "날짜";
      case BOOLEAN -> "참/거짓";
      case ERROR -> "오류";
      case TEXT -> "글자";
    };
  }

  private static String shown(ImportCell cell) {
    String text = cell.text().strip();
    return text.length() <= SHOWN_MAX ? text : text.substring(0, SHOWN_MAX) + "…";
  }
}
