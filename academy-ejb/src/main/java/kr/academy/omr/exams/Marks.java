package kr.academy.omr.exams;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Marks and scores: exact decimals with two places, so that 0.1 + 0.2 is 0.3. */
final class Marks {

  static final BigDecimal ZERO = of(BigDecimal.ZERO);

  /** The largest marks one question may carry; beyond it a value is a typo. */
  static final BigDecimal MAX = new BigDecimal("1000");

  private Marks() {}

  static BigDecimal of(BigDecimal value) {
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }
}
