package kr.academy.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;

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

  /**
   * Acts for {@code tenant} during {@code work} and unbinds afterwards: for platform work (a sweep,
   * a relay) that handles several academies one after another in one context. Refuses to nest
   * inside work already bound to a tenant.
   */
  public <T> T callAs(TenantId tenant, Supplier<T> work) {
    if (this.tenant != null) {
      throw new IllegalStateException("a tenant is already bound to this context");
    }
    this.tenant = tenant;
    try {
      return work.get();
    } finally {
      this.tenant = null;
    }
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
