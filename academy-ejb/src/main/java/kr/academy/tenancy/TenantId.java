package kr.academy.tenancy;

/** The identity of an academy; every tenant-scoped row and object key carries it. */
public record TenantId(long value) {

  public TenantId {
    if (value <= 0) {
      throw new IllegalArgumentException("tenant id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
