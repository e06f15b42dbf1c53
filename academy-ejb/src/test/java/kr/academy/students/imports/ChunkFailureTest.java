package kr.academy.students.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChunkFailureTest {

  private static final ImportChunk CHUNK =
      new ImportChunk(0, List.of(line(2, "가", "01000000001"), line(9, "나", "01000000002")));

  @Test
  void dataTheDatabaseRefusesIsReportedWithTheRowsOfTheChunk() {
    Optional<String> reason =
        ChunkFailure.refusal(
            CHUNK, new ImportWriteFailed("ERROR: duplicate key value\n  Detail: ...", true, null));
    assertEquals(
        Optional.of("함께 저장하던 2–9행 묶음이 데이터베이스에서 거부되어 모두 되돌렸습니다: ERROR: duplicate key value"),
        reason);
  }

  @Test
  void aFailureOfTheDatabaseItselfIsNoRefusal() {
    assertTrue(
        ChunkFailure.refusal(CHUNK, new ImportWriteFailed("connection lost", false, null))
            .isEmpty());
  }

  private static ImportLine line(int row, String name, String parent) {
    return new ImportLine(
        Rows.text(row, name, parent), new StudentKey(name, parent), null, null, null, null);
  }
}
