package kr.academy.students.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A column an import understands. Headers are matched after folding case and dropping spaces,
 * underscores, hyphens and dots, so {@code 학부모 전화번호}, {@code parent_phone} and {@code Parent Phone}
 * are one column. The Korean labels are the ones the roster export writes, so an exported file
 * imports back unchanged.
 */
public enum ImportField {
  NAME("이름", true, "이름", "학생이름", "성명", "name", "studentname"),
  PARENT_PHONE("학부모 전화번호", true, "학부모전화번호", "학부모연락처", "학부모휴대폰", "parentphone", "parentphonenumber"),
  PHONE("학생 전화번호", false, "학생전화번호", "학생연락처", "학생휴대폰", "studentphone", "phone"),
  SCHOOL("학교", false, "학교", "school"),
  GRADE("학년", false, "학년", "grade"),
  MEMO("메모", false, "메모", "memo");

  private final String label;
  private final boolean required;
  private final Set<String> names;

  ImportField(String label, boolean required, String... names) {
    this.label = label;
    this.required = required;
    this.names = Set.of(names);
  }

  /** The column a header cell names, if any. */
  public static Optional<ImportField> named(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String folded = header.toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]+", "");
    for (ImportField field : values()) {
      if (field.names.contains(folded)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  /** The Korean header, as users see it in reasons and in the export. */
  public String label() {
    return label;
  }

  public boolean required() {
    return required;
  }
}
