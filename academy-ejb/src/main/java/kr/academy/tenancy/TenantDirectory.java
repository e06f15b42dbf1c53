package kr.academy.tenancy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/** Platform-wide look-ups of academies; reads no tenant-scoped table. */
@Stateless
public class TenantDirectory {

  @Inject TenantRepository tenants;

  public Optional<Tenant> findBySlug(String slug) {
    return slug == null ? Optional.empty() : tenants.findBySlug(slug);
  }

  public Optional<Tenant> find(TenantId id) {
    return tenants.find(id);
  }

  public Page<Tenant> list(PageRequest page) {
    return tenants.list(page);
  }

  public TenantId allocateId() {
    return tenants.nextId();
  }
}
