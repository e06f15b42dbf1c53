package kr.academy.onboarding;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import kr.academy.common.DomainException;
import kr.academy.common.PhoneNumber;
import kr.academy.identity.AppUser;
import kr.academy.identity.PasswordHasher;
import kr.academy.tenancy.Tenant;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantDirectory;
import kr.academy.tenancy.TenantId;

/**
 * Opens an academy with its owner in one transaction: either both exist afterwards or neither. The
 * new tenant is bound before the transaction starts, so the owner's rows pass both walls.
 */
@Stateless
public class TenantOnboarding {

  @Inject TenantDirectory directory;
  @Inject TenantContext context;
  @Inject OnboardingTransaction transaction;
  @Inject PasswordHasher passwords;
  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Tenant open(NewTenant request) {
    if (request.owner() == null) {
      throw DomainException.invalid("owner", "owner is required");
    }
    PhoneNumber ownerPhone =
        PhoneNumber.parse(request.owner().phone(), PhoneNumber.Usage.MOBILE, "owner.phone");
    String ownerHash = passwords.hash(request.owner().password(), "owner.password");
    TenantId id = directory.allocateId();
    Tenant tenant = new Tenant(id, request.slug(), request.name(), request.plan(), clock.instant());
    AppUser owner = new AppUser(request.owner().name(), ownerPhone, ownerHash, clock.instant());
    context.bind(id);
    return transaction.persist(tenant, owner);
  }
}
