package kr.academy.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.omr.OmrTemplate;
import kr.academy.omr.OmrTemplateRepository;
import kr.academy.omr.OmrTemplateSummary;

/** One academy's OMR templates in memory; {@link #inUse} says which exams refer to. */
public final class InMemoryOmrTemplates implements OmrTemplateRepository {

  private final List<OmrTemplate> templates = new ArrayList<>();
  private final Set<UUID> inUse = new HashSet<>();

  /** An exam is graded against this template. */
  public void inUse(UUID templateId) {
    inUse.add(templateId);
  }

  @Override
  public void add(OmrTemplate template) {
    templates.add(template);
  }

  @Override
  public Optional<OmrTemplate> find(UUID templateId) {
    return templates.stream().filter(t -> t.templateId().equals(templateId)).findFirst();
  }

  @Override
  public boolean remove(UUID templateId) {
    return templates.removeIf(t -> t.templateId().equals(templateId));
  }

  @Override
  public boolean usedByExams(UUID templateId) {
    return inUse.contains(templateId);
  }

  @Override
  public Page<OmrTemplateSummary> list(PageRequest page) {
    List<OmrTemplateSummary> all =
        templates.stream()
            .map(
                t ->
                    new OmrTemplateSummary(
                        t.templateId(),
                        t.name(),
                        t.format(),
                        t.pageWidth(),
                        t.pageHeight(),
                        t.fieldCount(),
                        t.questionCount(),
                        t.createdAt()))
            .toList();
    return Page.of(all.stream().skip(page.offset()).limit(page.size()).toList(), all.size(), page);
  }
}
