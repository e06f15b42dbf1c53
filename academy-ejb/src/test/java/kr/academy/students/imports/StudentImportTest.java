package kr.academy.students.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudentImportTest {

  private final List<ImportChunk> written = new ArrayList<>();
  private final List<String> rejections = new ArrayList<>();

  private StudentImport importer(String failChunkWith) {
    return new StudentImport(
        chunk -> {
          written.add(chunk);
          return failChunkWith != null && chunk.number() == 1
              ? ImportCheckpoint.failed(chunk.number(), failChunkWith)
              : new ImportCheckpoint(
                  chunk.number(), new ImportCounts(chunk.lines().size(), 0, 0, 0, 0), null);
        },
        (row, reason) -> rejections.add(row.number() + ": " + reason));
  }

  @Test
  void rowsAboveTheHeaderAndBlankRowsAreSkippedAndValidRowsGoInChunksOf500() {
    StudentImport students = importer(null);
    students.accept(Rows.text(1, "2026 명단"));
    students.accept(Rows.text(2));
    students.accept(Rows.text(3, "이름", "학부모 전화번호"));
    for (int n = 0; n < 1_001; n++) {
      students.accept(Rows.text(4 + n, "학생" + n, String.format("0101%07d", n)));
      students.accept(Rows.text(4 + n, "", ""));
    }
    ImportCounts counts = students.finish();
    assertEquals(new ImportCounts(1_001, 0, 0, 0, 0), counts);
    assertEquals(List.of(500, 500, 1), written.stream().map(c -> c.lines().size()).toList());
    assertEquals(List.of(0, 1, 2), written.stream().map(ImportChunk::number).toList());
    assertEquals(1_001, students.dataRows());
  }

  @Test
  void theFirstRowOfAKeyWinsAndLaterOnesAreRejectedAsDuplicates() {
    StudentImport students = importer(null);
    students.accept(Rows.text(1, "이름", "학부모 전화번호"));
    students.accept(Rows.text(2, "김", "010-1111-2222"));
    students.accept(Rows.text(3, "김", "01011112222"));
    students.accept(Rows.text(4, "김", "없음"));
    assertEquals(new ImportCounts(1, 0, 0, 0, 2), students.finish());
    assertEquals(
        List.of(
            "3: 중복: 2행과 이름·학부모 전화번호가 같습니다 (먼저 나온 행만 가져옵니다)", "4: 학부모 전화번호가 올바른 휴대폰 번호가 아닙니다: 없음"),
        rejections);
  }

  @Test
  void everyRowOfAFailedChunkIsRejectedWithItsReason() {
    StudentImport students = importer("묶음 실패");
    students.accept(Rows.text(1, "이름", "학부모 전화번호"));
    for (int n = 0; n < 1_200; n++) {
      students.accept(Rows.text(2 + n, "학생" + n, String.format("0101%07d", n)));
    }
    assertEquals(new ImportCounts(700, 0, 0, 0, 500), students.finish());
    assertEquals(500, rejections.size());
    assertEquals("502: 묶음 실패", rejections.get(0));
  }

  @Test
  void noHeaderInTheFirstTenRowsRejectsTheFile() {
    StudentImport students = importer(null);
    for (int n = 1; n < 10; n++) {
      students.accept(Rows.text(n, "무엇", Integer.toString(n)));
    }
    ImportFileRejected rejected =
        assertThrows(ImportFileRejected.class, () -> students.accept(Rows.text(10, "x")));
    assertTrue(rejected.getMessage().startsWith("머리글 행을 찾지 못했습니다: 처음 10행 안에"));
  }

  @Test
  void theScanRefusesTooManyRowsAndAnEmptySheet() {
    ImportScan scan = new ImportScan(2);
    scan.accept(Rows.text(1, "이름", "학부모 전화번호"));
    scan.accept(Rows.text(2, "a", "b"));
    scan.accept(Rows.text(3, "c", "d"));
    assertEquals(3, scan.lastRow());
    assertThrows(ImportFileRejected.class, () -> scan.accept(Rows.text(4, "e", "f")));
    assertEquals(
        "첫 번째 시트가 비어 있습니다",
        assertThrows(ImportFileRejected.class, () -> new ImportScan(2).header()).getMessage());
    ImportScan headerOnly = new ImportScan(2);
    headerOnly.accept(Rows.text(1, "이름", "학부모 전화번호"));
    assertEquals(
        "머리글 아래에 학생 행이 없습니다 (머리글 1행)",
        assertThrows(ImportFileRejected.class, headerOnly::header).getMessage());
  }
}
