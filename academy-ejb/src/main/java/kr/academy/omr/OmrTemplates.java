package kr.academy.omr;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.DomainException;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.jobs.JobType;
import kr.academy.tenancy.Plan;
import kr.academy.tenancy.TenantBound;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantRepository;

/**
 * The bound academy's OMR templates. OMR comes with the plans that include OMR grading (DESIGN §3:
 * BASIC and PREMIUM); on another plan every call is refused with 403, as a job request would be.
 * Each method is one transaction with both tenant walls raised: another academy's template is
 * simply not found.
 */
@Stateless
@LocalBean
@TenantBound
public class OmrTemplates {

  @Inject OmrTemplateRepository templates;
  @Inject TenantRepository tenants;
  @Inject TenantContext tenant;
  @Inject Clock clock;

  /**
   * Reads and stores a template; {@code source} is its JSON as uploaded. Refused as a whole, with
   * every problem and its JSON path, when any part cannot be honoured.
   */
  public OmrTemplate create(
      String name, TemplateFormat format, JsonObject source, MarkerImage marker, Long createdBy) {
    requirePlan();
    TemplateReader.Read read = TemplateReader.read(format, source, marker);
    OmrTemplate template =
        OmrTemplate.of(name, read, source.toString(), marker, createdBy, clock.instant());
    templates.add(template);
    return template;
  }

  public Optional<OmrTemplate> find(UUID id) {
    requirePlan();
    return templates.find(id);
  }

  public Page<OmrTemplateSummary> list(PageRequest page) {
    requirePlan();
    return templates.list(page);
  }

  public boolean remove(UUID id) {
    requirePlan();
    return templates.remove(id);
  }

  private void requirePlan() {
    Plan plan = tenants.find(tenant.require()).orElseThrow().plan();
    if (!JobType.OMR_GRADE.includedIn(plan)) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "PLAN_EXCLUDES_OMR",
          "OMR is not included in the " + plan + " plan; it comes with BASIC and PREMIUM");
    }
  }
}
