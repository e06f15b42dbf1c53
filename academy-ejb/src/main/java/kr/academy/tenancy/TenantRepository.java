package kr.academy.tenancy;

import java.util.Optional;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/** Academies, looked up by the platform (admin screens, login by slug). */
public interface TenantRepository {

  TenantId nextId();

  void add(Tenant tenant);

  Optional<Tenant> find(TenantId id);

  Optional<Tenant> findBySlug(String slug);

  boolean slugTaken(String slug);

  Page<Tenant> list(PageRequest page);
}
