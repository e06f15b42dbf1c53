package kr.academy.students.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import kr.academy.common.DomainException;

/**
 * The kinds of file an import reads, told apart by their content rather than their name: a renamed
 * PDF is not a workbook. Checked when the file is uploaded, so a wrong file is refused at once
 * (415, or 422 for a password-protected workbook) and never becomes a job.
 */
public enum SheetFormat {
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
  CSV("text/csv", ".csv");

  private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
  private static final byte[] OLE2 = {
    (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
  };
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final int CONTENT_TYPES_MAX = 256 * 1024;
  private static final int TEXT_PROBE = 64 * 1024;

  private final String contentType;
  private final String extension;

  SheetFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** What the uploaded file is; refuses anything an import cannot read, saying why. */
  public static SheetFormat detect(Path file, String fileName, OleContainers ole)
      throws IOException {
    byte[] head = new byte[8];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    }
    if (read == 0) {
      throw DomainException.invalid("file", "the uploaded file is empty");
    }
    if (startsWith(head, read, ZIP)) {
      return workbook(file);
    }
    if (startsWith(head, read, OLE2)) {
      throw legacyOrEncrypted(file, ole);
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(CSV.extension) && isText(file)) {
      return CSV;
    }
    throw unsupported("the file is neither an .xlsx workbook nor a .csv text file");
  }

  private static SheetFormat workbook(Path file) throws IOException {
    String types;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(CONTENT_TYPES);
      if (entry == null) {
        throw unsupported("the file is a zip archive, not an .xlsx workbook");
      }
      try (InputStream in = zip.getInputStream(entry)) {
        types = new String(in.readNBytes(CONTENT_TYPES_MAX), StandardCharsets.UTF_8);
      }
    } catch (ZipException e) {
      throw unsupported("the file looks like a workbook but is damaged: " + e.getMessage());
    }
    if (types.contains("macroEnabled")) {
      throw new DomainException(
          DomainException.Kind.UNSUPPORTED_MEDIA_TYPE,
          "MACRO_ENABLED_WORKBOOK",
          "macro-enabled workbooks (.xlsm) are not accepted; save the sheet as .xlsx");
    }
    if (!types.contains("spreadsheetml.sheet.main+xml")
        && !types.contains("spreadsheetml.template.main+xml")) {
      throw unsupported("the file is an Office document but not an Excel workbook");
    }
    return XLSX;
  }

  private static DomainException legacyOrEncrypted(Path file, OleContainers ole) {
    return switch (ole.inspect(file)) {
      case ENCRYPTED_WORKBOOK ->
          new DomainException(
              DomainException.Kind.UNPROCESSABLE,
              "WORKBOOK_ENCRYPTED",
              "the workbook is password-protected; remove the password (or save a copy without"
                  + " one) and upload it again");
      case DAMAGED -> unsupported("the file is a damaged Office file");
      case LEGACY_OFFICE_FILE ->
          unsupported(
              "Excel 97-2003 workbooks (.xls) are not accepted; save the sheet as .xlsx or .csv");
    };
  }

  private static boolean isText(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      for (byte b : in.readNBytes(TEXT_PROBE)) {
        if (b == 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] head, int read, byte[] magic) {
    if (read < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static DomainException unsupported(String message) {
    return new DomainException(
        DomainException.Kind.UNSUPPORTED_MEDIA_TYPE,
        "UNSUPPORTED_FILE_TYPE",
        message + ". Upload an .xlsx workbook or a .csv file");
  }
}
