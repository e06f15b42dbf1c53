package kr.academy.students.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
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
            CHUNK,
            new EJBException(
                new ImportWriteFailed(
                    new SQLException("ERROR: duplicate key value\n  Detail: ...", "23505"))));
    assertEquals(
        Optional.of("함께 저장하던 2–9행 묶음이 데이터베이스에서 거부되어 모두 되돌렸습니다: ERROR: duplicate key value"),
        reason);
    assertTrue(ChunkFailure.refusal(CHUNK, new SQLException("raised", "P0001")).isPresent());
  }

  @Test
  void aFailureOfTheDatabaseItselfIsNoRefusal() {
    assertTrue(ChunkFailure.refusal(CHUNK, new SQLException("connection lost", "08006")).isEmpty());
    assertTrue(ChunkFailure.refusal(CHUNK, new IllegalStateException("no sql")).isEmpty());
  }

  private static ImportLine line(int row, String name, String parent) {
    return new ImportLine(
        Rows.text(row, name, parent), new StudentKey(name, parent), null, null, null, null);
  }
}
