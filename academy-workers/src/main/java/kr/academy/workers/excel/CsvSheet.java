package kr.academy.workers.excel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import kr.academy.students.imports.ImportCell;
import kr.academy.students.imports.ImportFileRejected;
import kr.academy.students.imports.ImportRow;
import kr.academy.students.imports.ImportSheet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file in UTF-8 (with or without a byte-order mark) or in the Korean Windows encoding (CP949,
 * a superset of EUC-KR), which Excel uses when a Korean user saves as CSV. The file is UTF-8 if
 * every byte of it decodes as UTF-8; otherwise CP949.
 */
final class CsvSheet implements ImportSheet {

  static final Charset CP949 = Charset.forName("x-windows-949");
  private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrim(false).get();

  private final Path file;
  private final Charset charset;
  private final boolean bom;

  CsvSheet(Path file) throws IOException {
    this.file = file;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(BOM.length);
      bom = Arrays.equals(head, BOM);
    }
    charset = bom || decodesAsUtf8(file) ? StandardCharsets.UTF_8 : CP949;
  }

  Charset charset() {
    return charset;
  }

  @Override
  public void read(Consumer<ImportRow> rows) throws IOException {
    try (Reader reader = open();
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      for (CSVRecord record : parser) {
        List<ImportCell> cells = new ArrayList<>(Math.min(record.size(), MAX_COLUMNS));
        for (int column = 0; column < record.size() && column < MAX_COLUMNS; column++) {
          cells.add(ImportCell.text(record.get(column)));
        }
        rows.accept(new ImportRow((int) record.getRecordNumber(), cells));
      }
    } catch (UncheckedIOException e) {
      throw new ImportFileRejected("CSV 파일을 읽을 수 없습니다: " + e.getCause().getMessage());
    }
  }

  /** A reader that shows a byte CP949 cannot map as U+FFFD rather than stopping the import. */
  private Reader open() throws IOException {
    InputStream in = Files.newInputStream(file);
    if (bom) {
      in.skipNBytes(BOM.length);
    }
    return new BufferedReader(
        new InputStreamReader(
            in,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
        64 * 1024);
  }

  private static boolean decodesAsUtf8(Path file) throws IOException {
    try (Reader reader =
        new InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      char[] buffer = new char[64 * 1024];
      while (reader.read(buffer) >= 0) {
        // decoding the whole file is the check
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Override
  public void close() {
    // nothing is held open between reads
  }
}
