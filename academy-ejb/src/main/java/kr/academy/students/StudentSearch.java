package kr.academy.students;

/** A roster search: free text over name, school and phone numbers; active or removed students. */
public record StudentSearch(String text, boolean deleted) {

  public StudentSearch {
    text = text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * The digits of the search text, for finding phone numbers typed with or without dashes; absent
   * when there are too few digits to mean a phone number.
   */
  public String phoneDigits() {
    if (text == null) {
      return null;
    }
    String digits = text.replaceAll("\\D", "");
    return digits.length() >= 3 ? digits : null;
  }
}
