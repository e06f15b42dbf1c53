package kr.academy.web.tenancy;

import java.time.Instant;
import kr.academy.tenancy.Plan;
import kr.academy.tenancy.Tenant;

public record TenantBody(
    long id, String slug, String name, Plan plan, Integer monthlyMessageQuota, Instant createdAt) {

  public static TenantBody of(Tenant tenant) {
    return new TenantBody(
        tenant.id().value(),
        tenant.slug(),
        tenant.name(),
        tenant.plan(),
        tenant.monthlyMessageQuota().orElse(null),
        tenant.createdAt());
  }
}
