package kr.academy.messaging;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import kr.academy.common.DomainException;
import kr.academy.common.UniqueViolations;
import kr.academy.tenancy.TenantBound;

/** The bound academy's messaging settings, as the owner sets them. */
@Stateless
@TenantBound
public class MessagingSetup {

  @Inject MessagingSettingsRepository settings;
  @Inject Clock clock;
  @Inject UniqueViolations uniqueViolations;

  public Optional<MessagingSettings> current() {
    return settings.find();
  }

  /** Sets all of them at once (PUT): what the change leaves out is cleared. */
  public MessagingSettings save(MessagingSettings.Change change) {
    Instant now = clock.instant();
    Optional<MessagingSettings> existing = settings.find();
    if (existing.isPresent()) {
      existing.get().apply(change, now);
      return existing.get();
    }
    MessagingSettings first = MessagingSettings.first(change, now);
    settings.add(first);
    try {
      settings.flush();
    } catch (PersistenceException e) {
      if (uniqueViolations.causedBy(e)) {
        throw new DomainException(
            DomainException.Kind.CONFLICT,
            "CONCURRENT_UPDATE",
            "the messaging settings were being set at the same time; send them again");
      }
      throw e;
    }
    return first;
  }
}
