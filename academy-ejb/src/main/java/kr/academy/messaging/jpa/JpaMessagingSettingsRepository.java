package kr.academy.messaging.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kr.academy.messaging.MessagingSettings;
import kr.academy.messaging.MessagingSettingsRepository;

@ApplicationScoped
public class JpaMessagingSettingsRepository implements MessagingSettingsRepository {

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public Optional<MessagingSettings> find() {
    return em.createQuery("SELECT s FROM MessagingSettings s", MessagingSettings.class)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(MessagingSettings settings) {
    em.persist(settings);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
