package kr.academy.identity.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kr.academy.common.PhoneNumber;
import kr.academy.identity.PlatformAdmin;
import kr.academy.identity.PlatformAdminRepository;
import org.eclipse.persistence.config.QueryHints;

@ApplicationScoped
public class JpaPlatformAdminRepository implements PlatformAdminRepository {

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  /**
   * A transaction-scoped advisory lock of PostgreSQL, under a key of its own (native SQL, which the
   * multitenant persistence unit allows only query by query).
   */
  @Override
  public void lockSetUp() {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('academy.platform-admin.set-up'))")
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getSingleResult();
  }

  @Override
  public Optional<PlatformAdmin> findByPhone(PhoneNumber phone) {
    return em.createQuery(
            "SELECT a FROM PlatformAdmin a WHERE a.phone = :phone", PlatformAdmin.class)
        .setParameter("phone", phone.digits())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<PlatformAdmin> find(long id) {
    return Optional.ofNullable(em.find(PlatformAdmin.class, id));
  }

  @Override
  public void add(PlatformAdmin admin) {
    em.persist(admin);
  }
}
