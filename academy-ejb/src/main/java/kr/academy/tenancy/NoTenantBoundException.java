package kr.academy.tenancy;

/** Tenant-scoped work was attempted with no tenant bound: a programming error, never a fallback. */
public class NoTenantBoundException extends IllegalStateException {

  public NoTenantBoundException() {
    super("no tenant is bound: tenant-scoped data cannot be read or written");
  }
}
