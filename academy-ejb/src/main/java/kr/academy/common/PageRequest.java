package kr.academy.common;

/**
 * A page of a list; sizes are capped so no request can ask for the whole table, and pages so far
 * out that their offset leaves the database's integer range are refused.
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public static PageRequest of(Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 0) {
      throw DomainException.invalid("page", "page must be 0 or more");
    }
    if (s < 1) {
      throw DomainException.invalid("size", "size must be 1 or more");
    }
    int capped = Math.min(s, MAX_SIZE);
    int lastPage = Integer.MAX_VALUE / capped;
    if (p > lastPage) {
      throw DomainException.invalid(
          "page", "page must be at most " + lastPage + " with size " + capped);
    }
    return new PageRequest(p, capped);
  }

  public int offset() {
    return page * size;
  }
}
