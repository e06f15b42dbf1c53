package kr.academy.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import kr.academy.tenancy.TenantBound;

/**
 * Token versions as the database holds them: the truth behind {@link TokenVersionCache}. Empty for
 * an account that no longer exists.
 */
@Stateless
public class TokenVersions {

  @Inject UserRepository users;
  @Inject PlatformAdminRepository admins;

  @TenantBound
  public OptionalLong ofMember(long userId) {
    return version(users.find(userId).map(AppUser::credentials));
  }

  public OptionalLong ofPlatformAdmin(long adminId) {
    return version(admins.find(adminId).map(PlatformAdmin::credentials));
  }

  @TenantBound
  public OptionalLong endMemberSessions(long userId) {
    Optional<AppUser> user = users.find(userId);
    user.ifPresent(u -> u.credentials().endSessions());
    return version(user.map(AppUser::credentials));
  }

  public OptionalLong endPlatformAdminSessions(long adminId) {
    Optional<PlatformAdmin> admin = admins.find(adminId);
    admin.ifPresent(a -> a.credentials().endSessions());
    return version(admin.map(PlatformAdmin::credentials));
  }

  private static OptionalLong version(Optional<Credentials> credentials) {
    return credentials.isPresent()
        ? OptionalLong.of(credentials.get().tokenVersion())
        : OptionalLong.empty();
  }
}
