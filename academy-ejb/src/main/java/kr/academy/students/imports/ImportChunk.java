package kr.academy.students.imports;

import java.util.List;

/**
 * Valid rows written together in one transaction. Chunks are numbered in file order and always cut
 * the same way from the same file, so a re-delivered import recognises the chunks it has written.
 */
public record ImportChunk(int number, List<ImportLine> lines) {

  public ImportChunk {
    lines = List.copyOf(lines);
  }

  public int firstRow() {
    return lines.get(0).source().number();
  }

  public int lastRow() {
    return lines.get(lines.size() - 1).source().number();
  }
}
