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
 * tell which academies or numbers exist.
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

  public AccessToken login(String tenantSlug, String phone, String password) {
    PhoneNumber number = PhoneNumber.parse(phone, PhoneNumber.Usage.MOBILE, "phone");
    if (tenantSlug == null) {
      return admins
          .authenticate(number, password)
          .map(tokens::forPlatformAdmin)
          .orElseThrow(Login::invalidCredentials);
    }
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
