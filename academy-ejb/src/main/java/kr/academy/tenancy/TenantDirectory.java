package kr.academy.tenancy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/** Platform-wide look-ups of academies; reads no tenant-scoped table. */
@Stateless
public class TenantDirectory {

  @Inject TenantRepository tenants;
  @Inject Clock clock;

  public Optional<Tenant> findBySlug(String slug) {
    return slug == null ? Optional.empty() : tenants.findBySlug(slug);
  }

  public Optional<Tenant> find(TenantId id) {
    return tenants.find(id);
  }

  public Page<Tenant> list(PageRequest page) {
    return tenants.list(page);
  }

  /**
   * Sets the academy's monthly quota of texts (null: the platform default); empty if no such
   * academy.
   */
  public Optional<Tenant> limitMessages(TenantId id, Integer monthlyQuota) {
    Optional<Tenant> tenant = tenants.find(id);
    tenant.ifPresent(t -> t.limitMessages(monthlyQuota, clock.instant()));
    return tenant;
  }

  public TenantId allocateId() {
    return tenants.nextId();
  }
}
