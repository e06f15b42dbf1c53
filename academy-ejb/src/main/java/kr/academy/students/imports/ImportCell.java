package kr.academy.students.imports;

/**
 * One cell as the spreadsheet showed it: its displayed text (a formula's cached value, a number or
 * date as formatted in the sheet) and what kind of value it held, so a date typed into a name
 * column can be refused rather than imported as a name.
 */
public record ImportCell(String text, Kind kind) {

  public enum Kind {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    ERROR
  }

  public static final ImportCell BLANK = new ImportCell("", Kind.TEXT);

  public ImportCell {
    text = text == null ? "" : text;
  }

  public static ImportCell text(String text) {
    return new ImportCell(text, Kind.TEXT);
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
