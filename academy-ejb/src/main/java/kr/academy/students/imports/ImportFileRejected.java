package kr.academy.students.imports;

/**
 * The file as a whole cannot be imported (no header, a required column missing, too many rows, an
 * unreadable or unsafe workbook). Nothing has been written when it is thrown, and trying again
 * cannot help, so the job fails at once with this message, which names what to fix.
 */
public class ImportFileRejected extends RuntimeException {

  public ImportFileRejected(String message) {
    super(message, null, false, false);
  }
}
