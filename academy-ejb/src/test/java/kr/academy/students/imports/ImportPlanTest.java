package kr.academy.students.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

  private static final ImportHeader HEADER =
      Rows.header("이름", "학부모 전화번호", "학생 전화번호", "학교", "학년", "메모");

  @Test
  void matchesAreUpdatedOnlyWhenChangedRemovedOnesRestoredAndTheRestCreated() {
    List<ImportLine> lines =
        List.of(
            line(2, "변경", "01000000001", "", "새학교"),
            line(3, "그대로", "01000000002", "", "한국중"),
            line(4, "그대로", "01000000003", "", ""),
            line(5, "복귀", "01000000004", "01099990000", ""),
            line(6, "신규", "01000000005", "01099990001", "한국중"));
    List<ExistingStudent> found =
        List.of(
            existing(10, "변경", "01000000001", "한국중", null),
            existing(11, "그대로", "01000000002", "한국중", null),
            existing(12, "그대로", "01000000003", "한국중", null),
            existing(13, "복귀", "01000000004", "옛학교", Instant.parse("2026-01-01T00:00:00Z")),
            existing(14, "복귀", "01000000004", "최근학교", Instant.parse("2026-06-01T00:00:00Z")));

    ImportPlan plan = ImportPlan.of(lines, found);

    assertEquals(new ImportCounts(1, 1, 1, 2, 0), plan.counts());
    assertEquals(
        List.of(new StudentWrite(10, lines.get(0).key(), null, "새학교", null, null)), plan.updates());
    assertEquals(
        List.of(new StudentWrite(14, lines.get(3).key(), "01099990000", "최근학교", null, null)),
        plan.restores(),
        "the most recently removed match comes back, keeping what the row leaves blank");
    assertEquals(
        List.of(new StudentWrite(0, lines.get(4).key(), "01099990001", "한국중", null, null)),
        plan.creates());
    assertEquals(Map.of("01099990000", "복귀", "01099990001", "신규"), plan.accounts());
  }

  private static ImportLine line(int row, String name, String parent, String phone, String school) {
    return ((ImportLine.Accepted)
            ImportLine.read(HEADER, Rows.text(row, name, parent, phone, school)))
        .line();
  }

  private static ExistingStudent existing(
      long id, String name, String parent, String school, Instant deletedAt) {
    return new ExistingStudent(
        id, new StudentKey(name, parent), null, school, null, null, deletedAt);
  }
}
