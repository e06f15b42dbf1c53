package kr.academy.omr;

/** One bubble: the value it stands for and its rectangle on the page, in the page's pixels. */
public record Bubble(String value, double x, double y, double width, double height) {

  double right() {
    return x + width;
  }

  double bottom() {
    return y + height;
  }

  /** Whether the two rectangles share an area (touching edges do not). */
  boolean overlaps(Bubble other) {
    return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
  }
}
