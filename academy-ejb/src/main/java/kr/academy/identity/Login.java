package kr.academy.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import kr.academy.common.DomainException;
import kr.academy.common.PhoneNumber;
import kr.academy.tenancy.Tenant;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantDirectory;

/**
 * Turns a phone number and password into a token. With an academy's slug it logs in a member of
 * that academy; without one, a platform admin. Every failure reads the same, so the answer does not
 * tell which academies or numbers exist, and every attempt passes the {@link LoginThrottle} before
 * a password is looked at.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Login {

  @Inject TenantDirectory tenants;
  @Inject TenantContext context;
  @Inject MemberDirectory members;
  @Inject PlatformAdmins admins;
  @Inject PasswordHasher passwords;
  @Inject TokenIssuer tokens;
  @Inject LoginThrottle throttle;

  /** {@code clientAddress}: where the attempt comes from, for the per-address limit. */
  public AccessToken login(String tenantSlug, String phone, String password, String clientAddress) {
    PhoneNumber number = PhoneNumber.parse(phone, PhoneNumber.Usage.MOBILE, "phone");
    String account =
        (tenantSlug == null ? "platform" : "academy " + tenantSlug) + " " + number.digits();
    LoginThrottle.Admission admission = throttle.admit(account, clientAddress);
    AccessToken token =
        tenantSlug == null ? platformAdmin(number, password) : member(tenantSlug, number, password);
    admission.succeeded();
    return token;
  }

  /**
   * A member's new password, given the current one (throttled like a login): ends every session and
   * answers a token for this one.
   */
  public AccessToken changePassword(
      Account account, String currentPassword, String newPassword, String clientAddress) {
    // A new password that breaks the rules is the person's typo, not a guess: not counted.
    passwords.requireAcceptable(newPassword, "newPassword");
    LoginThrottle.Admission admission =
        throttle.admit("member " + account.tenant() + " " + account.id(), clientAddress);
    context.bind(account.tenant());
    MemberDirectory.Member member =
        members.changePassword(account.id(), currentPassword, newPassword);
    admission.succeeded();
    Tenant tenant = tenants.find(account.tenant()).orElseThrow(Login::invalidCredentials);
    return tokens.forMember(member.user(), tenant, member.roles());
  }

  private AccessToken platformAdmin(PhoneNumber number, String password) {
    return admins
        .authenticate(number, password)
        .map(tokens::forPlatformAdmin)
        .orElseThrow(Login::invalidCredentials);
  }

  private AccessToken member(String tenantSlug, PhoneNumber number, String password) {
    Tenant tenant = tenants.findBySlug(tenantSlug).orElse(null);
    if (tenant == null) {
      passwords.matches(password, null);
      throw invalidCredentials();
    }
    context.bind(tenant.id());
    MemberDirectory.Member member =
        members.authenticate(number, password).orElseThrow(Login::invalidCredentials);
    List<Role> roles = member.roles();
    if (roles.isEmpty()) {
      throw invalidCredentials();
    }
    return tokens.forMember(member.user(), tenant, roles);
  }

  private static DomainException invalidCredentials() {
    return new DomainException(
        DomainException.Kind.UNAUTHENTICATED,
        "INVALID_CREDENTIALS",
        "the academy, phone number or password is wrong");
  }
}
