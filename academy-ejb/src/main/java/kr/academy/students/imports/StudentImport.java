package kr.academy.students.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass over a file: validates each data row, rejects duplicates of an earlier row (the
 * first row of a key wins), and hands valid rows on in chunks of a fixed size. Holds one chunk and
 * the keys seen so far, never the sheet.
 */
public final class StudentImport {

  /** Writes one chunk (or recalls it from an earlier attempt) and says what became of it. */
  @FunctionalInterface
  public interface ChunkWriter {
    ImportCheckpoint write(ImportChunk chunk);
  }

  /** Receives each row that is not imported, with the reason in Korean. */
  @FunctionalInterface
  public interface Rejections {
    void reject(ImportRow row, String reason);
  }

  public static final int CHUNK_SIZE = 500;

  private final ChunkWriter writer;
  private final Rejections rejections;
  private final HeaderSearch search = new HeaderSearch();
  private final Map<StudentKey, Integer> firstRowOfKey = new HashMap<>();
  private final List<ImportLine> pending = new ArrayList<>(CHUNK_SIZE);
  private int chunks;
  private int dataRows;
  private ImportCounts counts = ImportCounts.NONE;

  public StudentImport(ChunkWriter writer, Rejections rejections) {
    this.writer = writer;
    this.rejections = rejections;
  }

  public void accept(ImportRow row) {
    if (row.isBlank() || !search.isData(row)) {
      return;
    }
    dataRows++;
    ImportLine.Verdict verdict = ImportLine.read(search.header(), row);
    if (verdict instanceof ImportLine.Rejected rejected) {
      reject(row, rejected.reason());
      return;
    }
    ImportLine line = ((ImportLine.Accepted) verdict).line();
    Integer first = firstRowOfKey.putIfAbsent(line.key(), row.number());
    if (first != null) {
      reject(row, "중복: " + first + "행과 이름·학부모 전화번호가 같습니다 (먼저 나온 행만 가져옵니다)");
      return;
    }
    pending.add(line);
    if (pending.size() == CHUNK_SIZE) {
      flush();
    }
  }

  /** Writes the last chunk; the counts of the whole file. */
  public ImportCounts finish() {
    if (!pending.isEmpty()) {
      flush();
    }
    return counts;
  }

  public ImportHeader header() {
    return search.header();
  }

  /** Data rows read so far, imported or not. */
  public int dataRows() {
    return dataRows;
  }

  private void flush() {
    ImportChunk chunk = new ImportChunk(chunks++, pending);
    pending.clear();
    ImportCheckpoint outcome = writer.write(chunk);
    if (outcome.isFailed()) {
      chunk.lines().forEach(line -> reject(line.source(), outcome.failure()));
    } else {
      counts = counts.plus(outcome.counts());
    }
  }

  private void reject(ImportRow row, String reason) {
    counts = counts.plusRejected(1);
    rejections.reject(row, reason);
  }
}
