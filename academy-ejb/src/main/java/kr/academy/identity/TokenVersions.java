package kr.academy.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
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
  @Inject Clock clock;

  @TenantBound
  public OptionalLong ofMember(long userId) {
    return version(users.find(userId).map(AppUser::tokenVersion));
  }

  public OptionalLong ofPlatformAdmin(long adminId) {
    return version(admins.find(adminId).map(PlatformAdmin::tokenVersion));
  }

  @TenantBound
  public OptionalLong endMemberSessions(long userId) {
    Optional<AppUser> user = users.find(userId);
    user.ifPresent(u -> u.endSessions(clock.instant()));
    return version(user.map(AppUser::tokenVersion));
  }

  public OptionalLong endPlatformAdminSessions(long adminId) {
    Optional<PlatformAdmin> admin = admins.find(adminId);
    admin.ifPresent(a -> a.endSessions(clock.instant()));
    return version(admin.map(PlatformAdmin::tokenVersion));
  }

  private static OptionalLong version(Optional<Integer> version) {
    return version.map(OptionalLong::of).orElseGet(OptionalLong::empty);
  }
}
