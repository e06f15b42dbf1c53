package kr.academy.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import kr.academy.common.PhoneNumber;

/** The platform's own operators. */
@Stateless
public class PlatformAdmins {

  @Inject PlatformAdminRepository admins;
  @Inject PasswordHasher passwords;
  @Inject Clock clock;
  @Inject Sessions sessions;

  public Optional<PlatformAdmin> authenticate(PhoneNumber phone, String password) {
    Optional<PlatformAdmin> admin = admins.findByPhone(phone);
    boolean matches =
        passwords.matches(password, admin.map(a -> a.credentials().passwordHash()).orElse(null));
    return matches ? admin : Optional.empty();
  }

  public Optional<PlatformAdmin> find(long id) {
    return admins.find(id);
  }

  /**
   * Makes sure the configured admin exists and its password is the configured one, so operators
   * rotate it by changing configuration and restarting; a rotated password ends the admin's
   * sessions. Roles started at once (a fresh deployment) do this one after another.
   */
  public void ensure(PhoneNumber phone, String name, String password) {
    admins.lockSetUp();
    Optional<PlatformAdmin> existing = admins.findByPhone(phone);
    if (existing.isEmpty()) {
      admins.add(
          new PlatformAdmin(phone, name, passwords.hashUnchecked(password), clock.instant()));
    } else if (!passwords.matches(password, existing.get().credentials().passwordHash())) {
      PlatformAdmin admin = existing.get();
      admin.changePasswordHash(passwords.hashUnchecked(password), clock.instant());
      sessions.endedInThisTransaction(
          Account.platformAdmin(admin.id()), admin.credentials().tokenVersion());
    }
  }
}
