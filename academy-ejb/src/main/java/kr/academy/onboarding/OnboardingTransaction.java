package kr.academy.onboarding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import kr.academy.identity.AppUser;
import kr.academy.identity.Membership;
import kr.academy.identity.Role;
import kr.academy.identity.UserRepository;
import kr.academy.tenancy.Tenant;
import kr.academy.tenancy.TenantBound;
import kr.academy.tenancy.TenantRepository;

/** The transactional half of {@link TenantOnboarding#open}; runs with the new tenant bound. */
@Stateless
public class OnboardingTransaction {

  @Inject TenantRepository tenants;
  @Inject UserRepository users;
  @Inject Clock clock;

  @TenantBound
  public Tenant persist(Tenant tenant, AppUser owner) {
    if (tenants.slugTaken(tenant.slug())) {
      throw Tenant.slugTaken(tenant.slug());
    }
    tenants.add(tenant);
    users.add(owner);
    users.add(new Membership(owner.id(), Role.OWNER, clock.instant()));
    return tenant;
  }
}
