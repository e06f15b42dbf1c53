package kr.academy.tenancy;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import kr.academy.platform.logging.LogFields;

/**
 * The tenant the current request, message or task acts for. The API binds it from the verified
 * token (never from a header or body), a worker from its message. Nothing tenant-scoped runs
 * without it: {@link #require()} fails closed. While one is bound, the thread's log lines carry its
 * id ({@code academyId}).
 */
@RequestScoped
public class TenantContext {

  /** The log field naming the academy (docs/operations.md, Logs). */
  public static final String LOG_FIELD = "academyId";

  private LogFields logFields = LogFields.NONE;
  private TenantId tenant;
  private LogFields.Field logField;

  @Inject
  void logTo(LogFields fields) {
    this.logFields = fields;
  }

  public void bind(TenantId tenant) {
    if (this.tenant != null && !this.tenant.equals(tenant)) {
      throw new IllegalStateException("a different tenant is already bound to this request");
    }
    if (this.tenant == null) {
      logField = logFields.put(LOG_FIELD, tenant.toString());
    }
    this.tenant = tenant;
  }

  /** The request ends: its thread serves others next. */
  @PreDestroy
  void unbind() {
    if (logField != null) {
      logField.close();
      logField = null;
    }
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
    try (LogFields.Field field = logFields.put(LOG_FIELD, tenant.toString())) {
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
