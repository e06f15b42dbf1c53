package kr.academy.identity.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.common.PhoneNumber;
import kr.academy.identity.AppUser;
import kr.academy.identity.Membership;
import kr.academy.identity.Role;
import kr.academy.identity.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public Optional<AppUser> find(long id) {
    return Optional.ofNullable(em.find(AppUser.class, id));
  }

  @Override
  public Optional<AppUser> findByPhone(PhoneNumber phone) {
    return em.createQuery("SELECT u FROM AppUser u WHERE u.phone = :phone", AppUser.class)
        .setParameter("phone", phone.digits())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(AppUser user) {
    em.persist(user);
    em.flush();
  }

  @Override
  public void add(Membership membership) {
    em.persist(membership);
    em.flush();
  }

  @Override
  public List<Role> rolesOf(long userId) {
    return em.createQuery(
            "SELECT m.role FROM Membership m WHERE m.userId = :user ORDER BY m.role", Role.class)
        .setParameter("user", userId)
        .getResultList();
  }

  @Override
  public void removeRoles(long userId, List<Role> roles) {
    em.createQuery("DELETE FROM Membership m WHERE m.userId = :user AND m.role IN :roles")
        .setParameter("user", userId)
        .setParameter("roles", roles)
        .executeUpdate();
  }

  @Override
  public Page<AppUser> listWithRoles(List<Role> roles, PageRequest page) {
    String members = "SELECT m.userId FROM Membership m WHERE m.role IN :roles";
    long total =
        em.createQuery("SELECT COUNT(u) FROM AppUser u WHERE u.id IN (" + members + ")", Long.class)
            .setParameter("roles", roles)
            .getSingleResult();
    List<AppUser> items =
        em.createQuery(
                "SELECT u FROM AppUser u WHERE u.id IN (" + members + ") ORDER BY u.name, u.id",
                AppUser.class)
            .setParameter("roles", roles)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return Page.of(items, total, page);
  }
}
