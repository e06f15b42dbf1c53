package kr.academy.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import kr.academy.students.Student;
import kr.academy.support.Academy;
import kr.academy.support.Database;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.internal.security.JCEEncryptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first wall on its own: the application's persistence unit, outside the container, against the
 * real database. An entity manager with no tenant refuses to query; with one, it reads only that
 * tenant — and row-level security still has the last word.
 */
class MultitenantWallIT {

  private static EntityManagerFactory factory;
  private static Academy a;

  @BeforeAll
  static void persistenceUnitOutsideTheContainer() throws Exception {
    a = Academy.open("wall-a");
    a.addStudent("벽학생", "01081818181");
    Academy.open("wall-b").addStudent("다른벽학생", "01082828282");
    // EclipseLink decrypts whatever password it is given (JCEEncryptor) and fails on a plain
    // one (EclipseLink-7360), so it gets its own encryption of it. Inside Liberty the container
    // supplies the connections and this never arises.
    factory =
        Persistence.createEntityManagerFactory(
            "academy",
            Map.of(
                PersistenceUnitProperties.TRANSACTION_TYPE,
                "RESOURCE_LOCAL",
                PersistenceUnitProperties.JTA_DATASOURCE,
                "",
                PersistenceUnitProperties.JDBC_DRIVER,
                "org.postgresql.Driver",
                PersistenceUnitProperties.JDBC_URL,
                Database.url(),
                PersistenceUnitProperties.JDBC_USER,
                Database.user(),
                PersistenceUnitProperties.JDBC_PASSWORD,
                new JCEEncryptor().encryptPassword(Database.password())));
  }

  @AfterAll
  static void close() {
    if (factory != null) {
      factory.close();
    }
  }

  @Test
  void withoutATenantTheEntityManagerRefusesToQuery() {
    EntityManager em = factory.createEntityManager();
    try {
      PersistenceException refused =
          assertThrows(
              PersistenceException.class,
              () -> em.createQuery("SELECT s FROM Student s", Student.class).getResultList());
      assertTrue(refused.getMessage().contains("6174"), refused.getMessage());
    } finally {
      em.close();
    }
  }

  @Test
  void withATenantEveryQueryIsFilteredAndRowLevelSecurityStillApplies() {
    EntityManager em =
        factory.createEntityManager(
            Map.of(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, a.id()));
    try {
      em.getTransaction().begin();
      assertEquals(
          0,
          em.createQuery("SELECT s FROM Student s", Student.class).getResultList().size(),
          "no app.tenant_id on the connection: row-level security hides every row");

      em.createNativeQuery("SELECT set_config('app.tenant_id', ?1, true)")
          .setParameter(1, Long.toString(a.id()))
          .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
          .getSingleResult();
      List<Student> students =
          em.createQuery("SELECT s FROM Student s", Student.class).getResultList();
      assertEquals(1, students.size());
      assertEquals("벽학생", students.get(0).name());
      em.getTransaction().rollback();
    } finally {
      em.close();
    }
  }
}
