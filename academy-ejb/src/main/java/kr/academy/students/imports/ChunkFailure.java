package kr.academy.students.imports;

import java.util.Optional;

/**
 * Tells a chunk the database refused (its rows are reported and the import goes on) from a failure
 * of the database itself (the attempt fails and is retried, resuming after the last committed
 * chunk).
 */
public final class ChunkFailure {

  private static final int DETAIL_MAX = 200;

  private ChunkFailure() {}

  /** The reason to give each row of a chunk the database refused; empty if it failed itself. */
  public static Optional<String> refusal(ImportChunk chunk, ImportWriteFailed failure) {
    if (!failure.dataRefused()) {
      return Optional.empty();
    }
    String detail = String.valueOf(failure.getMessage()).lines().findFirst().orElse("").strip();
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
