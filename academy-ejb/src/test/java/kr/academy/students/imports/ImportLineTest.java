package kr.academy.students.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ImportLineTest {

  private static final ImportHeader HEADER =
      Rows.header("이름", "학부모 전화번호", "학생 전화번호", "학교", "학년", "메모");

  @Test
  void phonesAreNormalisedAndBlankOptionalFieldsAreNotGiven() {
    ImportLine line =
        accepted(Rows.text(2, " 김철수 ", "+82 10-1234-5678", "010 2222 3333", "", null, "  "));
    assertEquals(new StudentKey("김철수", "01012345678"), line.key());
    assertEquals("01022223333", line.phone());
    assertNull(line.school());
    assertNull(line.memo());
  }

  @Test
  void aPhoneTypedAsANumberLosesItsLeadingZeroAndIsStillRead() {
    ImportLine line =
        accepted(
            Rows.of(
                2,
                ImportCell.text("김철수"),
                new ImportCell("1012345678", ImportCell.Kind.NUMBER),
                ImportCell.BLANK,
                ImportCell.BLANK,
                new ImportCell("3", ImportCell.Kind.NUMBER)));
    assertEquals("01012345678", line.key().parentPhone());
    assertEquals("3", line.grade());
  }

  @Test
  void hangulDecomposedByAMacIsComposedBeforeMatching() {
    String decomposed = Normalizer.normalize("김철수", Normalizer.Form.NFD);
    assertEquals("김철수", accepted(Rows.text(2, decomposed, "01012345678")).key().name());
  }

  @Test
  void everyProblemOfARowIsOneReasonInKorean() {
    assertEquals(
        "이름이(가) 비어 있습니다; 학부모 전화번호가 올바른 휴대폰 번호가 아닙니다: 02-123-4567",
        rejected(Rows.text(4, "", "02-123-4567")));
    assertEquals(
        "이름 칸에 글자가 아닌 날짜 값이 있습니다: 2026-01-05",
        rejected(
            Rows.of(
                4,
                new ImportCell("2026-01-05", ImportCell.Kind.DATE),
                ImportCell.text("01012345678"))));
    assertEquals(
        "학부모 전화번호 칸의 값이 수식 오류입니다: #N/A",
        rejected(Rows.of(4, ImportCell.text("김"), new ImportCell("#N/A", ImportCell.Kind.ERROR))));
    assertEquals(
        "학년은(는) 20자 이하여야 합니다 (21자)",
        rejected(Rows.text(4, "김", "01012345678", "", "", "가".repeat(21))));
  }

  private static ImportLine accepted(ImportRow row) {
    return ((ImportLine.Accepted) ImportLine.read(HEADER, row)).line();
  }

  private static String rejected(ImportRow row) {
    return ((ImportLine.Rejected) ImportLine.read(HEADER, row)).reason();
  }
}
