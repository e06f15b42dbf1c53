package kr.academy.tenancy.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.common.jdbc.SqlStates;
import kr.academy.tenancy.Tenant;
import kr.academy.tenancy.TenantId;
import kr.academy.tenancy.TenantRepository;
import org.eclipse.persistence.config.QueryHints;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public TenantId nextId() {
    // Native SQL is off for the unit (it would bypass the tenant filter); a sequence is safe.
    Number next =
        (Number)
            em.createNativeQuery("SELECT nextval('tenant_id_seq')")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getSingleResult();
    return new TenantId(next.longValue());
  }

  @Override
  public void add(Tenant tenant) {
    try {
      em.persist(tenant);
      em.flush();
    } catch (PersistenceException e) {
      if (SqlStates.uniqueViolation(e)) {
        throw Tenant.slugTaken(tenant.slug());
      }
      throw e;
    }
  }

  @Override
  public Optional<Tenant> find(TenantId id) {
    return Optional.ofNullable(em.find(Tenant.class, id.value()));
  }

  @Override
  public Optional<Tenant> findBySlug(String slug) {
    return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean slugTaken(String slug) {
    return findBySlug(slug).isPresent();
  }

  @Override
  public Page<Tenant> list(PageRequest page) {
    long total = em.createQuery("SELECT COUNT(t) FROM Tenant t", Long.class).getSingleResult();
    var items =
        em.createQuery("SELECT t FROM Tenant t ORDER BY t.id", Tenant.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, total, page);
  }
}
