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
import kr.academy.tenancy.TenantBound;

/**
 * The bound academy's OMR templates, on the plans that include OMR ({@link OmrPlan}; 403 on
 * another). Each method is one transaction with both tenant walls raised: another academy's
 * template is simply not found. A template an exam is graded against cannot be removed.
 */
@Stateless
@LocalBean
@TenantBound
public class OmrTemplates {

  @Inject OmrTemplateRepository templates;
  @Inject OmrPlan plan;
  @Inject Clock clock;

  /**
   * Reads and stores a template; {@code source} is its JSON as uploaded. Refused as a whole, with
   * every problem and its JSON path, when any part cannot be honoured.
   */
  public OmrTemplate create(
      String name, TemplateFormat format, JsonObject source, MarkerImage marker, Long createdBy) {
    plan.require();
    TemplateReader.Read read = TemplateReader.read(format, source, marker);
    OmrTemplate template =
        OmrTemplate.of(name, read, source.toString(), marker, createdBy, clock.instant());
    templates.add(template);
    return template;
  }

  public Optional<OmrTemplate> find(UUID id) {
    plan.require();
    return templates.find(id);
  }

  public Page<OmrTemplateSummary> list(PageRequest page) {
    plan.require();
    return templates.list(page);
  }

  /** Removes it; false when there is no such template, 409 while an exam is graded against it. */
  public boolean remove(UUID id) {
    plan.require();
    if (templates.usedByExams(id)) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "TEMPLATE_IN_USE",
          "an exam is graded against this template: delete its exams first");
    }
    return templates.remove(id);
  }
}
