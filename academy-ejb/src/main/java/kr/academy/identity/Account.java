package kr.academy.identity;

import java.util.Optional;
import kr.academy.tenancy.TenantId;

/**
 * Whose token it is: a member of one academy ({@code user:<id>} with the academy in the token) or a
 * platform admin ({@code admin:<id>}, no academy). Sessions are ended per account.
 */
public record Account(TenantId tenant, long id) {

  private static final String MEMBER = "user:";
  private static final String PLATFORM_ADMIN = "admin:";

  public static Account member(TenantId tenant, long userId) {
    return new Account(tenant, userId);
  }

  public static Account platformAdmin(long adminId) {
    return new Account(null, adminId);
  }

  /**
   * The account a verified token's subject and academy name; empty for a subject we never issue.
   */
  public static Optional<Account> of(String subject, TenantId tenant) {
    if (subject == null) {
      return Optional.empty();
    }
    try {
      if (subject.startsWith(MEMBER) && tenant != null) {
        return Optional.of(member(tenant, Long.parseLong(subject.substring(MEMBER.length()))));
      }
      if (subject.startsWith(PLATFORM_ADMIN) && tenant == null) {
        return Optional.of(
            platformAdmin(Long.parseLong(subject.substring(PLATFORM_ADMIN.length()))));
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  public boolean isPlatformAdmin() {
    return tenant == null;
  }

  /** The token subject of this account. */
  public String subject() {
    return (isPlatformAdmin() ? PLATFORM_ADMIN : MEMBER) + id;
  }
}
