package kr.academy.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The tenant the current request, message or task acts for. The API binds it from the verified
 * token (never from a header or body), a worker from its message. Nothing tenant-scoped runs
 * without it: {@link #require()} fails closed.
 */
@RequestScoped
public class TenantContext {

  private TenantId tenant;

  public void bind(TenantId tenant) {
    if (this.tenant != null && !this.tenant.equals(tenant)) {
      throw new IllegalStateException("a different tenant is already bound to this request");
    }
    this.tenant = tenant;
  }

  public Optional<TenantId> current() {
    return Optional.ofNullable(tenant);
  }

  public TenantId require() {
    if (tenant == null) {
      throw new NoTenantBoundException();
    }
    return tenant;
  }
}
