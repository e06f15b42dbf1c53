package kr.academy.omr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.academy.common.DomainException;
import kr.academy.jobs.JobType;
import kr.academy.tenancy.Plan;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantRepository;

/**
 * OMR comes with the plans that include OMR grading (DESIGN §3: BASIC and PREMIUM); on another plan
 * every OMR call (templates, exams, results) is refused with 403, as a job request would be.
 */
@ApplicationScoped
public class OmrPlan {

  @Inject TenantRepository tenants;
  @Inject TenantContext tenant;

  /** Throws 403 {@code PLAN_EXCLUDES_OMR} unless the bound academy's plan includes OMR. */
  public void require() {
    Plan plan = tenants.find(tenant.require()).orElseThrow().plan();
    if (!JobType.OMR_GRADE.includedIn(plan)) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "PLAN_EXCLUDES_OMR",
          "OMR is not included in the " + plan + " plan; it comes with BASIC and PREMIUM");
    }
  }
}
