package kr.academy.students.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportHeaderTest {

  @Test
  void koreanAndEnglishHeadersAreOneColumnInAnyOrderAndSpelling() {
    ImportHeader header =
        Rows.header("Parent_Phone", "비고", " 이름 ", "student phone", "학년", "SCHOOL", "Memo");
    assertEquals(Optional.of(2), header.column(ImportField.NAME));
    assertEquals(Optional.of(0), header.column(ImportField.PARENT_PHONE));
    assertEquals(Optional.of(3), header.column(ImportField.PHONE));
    assertEquals(Optional.of(5), header.column(ImportField.SCHOOL));
    assertEquals(Optional.of(4), header.column(ImportField.GRADE));
    assertEquals(Optional.of(6), header.column(ImportField.MEMO));
    assertEquals(List.of("비고"), header.ignored());
    assertEquals(Optional.of(ImportField.PARENT_PHONE), ImportField.named("학부모-전화번호"));
  }

  @Test
  void aRowNamingNoColumnIsNoHeader() {
    assertTrue(ImportHeader.recognise(Rows.text(1, "2026 겨울방학 명단")).isEmpty());
  }

  @Test
  void aMissingRequiredColumnOrAColumnNamedTwiceRejectsTheFileNamingIt() {
    ImportFileRejected missing =
        assertThrows(
            ImportFileRejected.class, () -> ImportHeader.recognise(Rows.text(3, "이름", "학교")));
    assertEquals("필수 열이 없습니다: '학부모 전화번호' (머리글 3행)", missing.getMessage());
    ImportFileRejected twice =
        assertThrows(
            ImportFileRejected.class,
            () -> ImportHeader.recognise(Rows.text(1, "이름", "학부모 전화번호", "name")));
    assertEquals("머리글 1행에 '이름' 열이 두 번 있습니다 (A열, C열)", twice.getMessage());
  }

  @Test
  void columnsAreNamedAsASpreadsheetNamesThem() {
    assertEquals(
        List.of("A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"),
        List.of(0, 25, 26, 51, 52, 701, 702).stream().map(ImportHeader::columnName).toList());
  }
}
