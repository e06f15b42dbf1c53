package kr.academy.ai.status;

/**
 * A named answer space on the sheet, in fractions (0–1) of the page's width and height from its top
 * left corner, so one template fits every scan resolution. With a blank sheet given, the fractions
 * are of the blank's page, onto which the scan is aligned.
 */
public record StatusRegion(String name, double x, double y, double width, double height) {

  /** Room for rounding in fractions that add up to 1. */
  private static final double SLACK = 1e-6;

  public StatusRegion {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a region needs a name");
    }
    if (!(x >= 0 && y >= 0 && width > 0 && height > 0)
        || x + width > 1 + SLACK
        || y + height > 1 + SLACK) {
      throw new IllegalArgumentException(
          "region "
              + name
              + " must lie on the page: x, y, width and height are fractions of the page (0–1)"
              + " with x + width ≤ 1 and y + height ≤ 1");
    }
  }
}
