package kr.academy.students.imports;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells a chunk the database refused (its rows are reported and the import goes on) from a failure
 * of the database itself (the attempt fails and is retried, resuming after the last committed
 * chunk).
 */
public final class ChunkFailure {

  private static final int DETAIL_MAX = 200;

  private ChunkFailure() {}

  /**
   * The reason to give each row of a chunk the database refused: a constraint (class 23), bad data
   * (class 22) or a trigger's error (P0001). Empty for anything else.
   */
  public static Optional<String> refusal(ImportChunk chunk, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && refused(sql.getSQLState())) {
        String detail = String.valueOf(sql.getMessage()).lines().findFirst().orElse("").strip();
        if (detail.length() > DETAIL_MAX) {
          detail = detail.substring(0, DETAIL_MAX) + "…";
        }
        return Optional.of(
            "함께 저장하던 "
                + chunk.firstRow()
                + "–"
                + chunk.lastRow()
                + "행 묶음이 데이터베이스에서 거부되어 모두 되돌렸습니다: "
                + detail);
      }
    }
    return Optional.empty();
  }

  private static boolean refused(String state) {
    return state != null
        && (state.startsWith("23") || state.startsWith("22") || state.equals("P0001"));
  }
}
