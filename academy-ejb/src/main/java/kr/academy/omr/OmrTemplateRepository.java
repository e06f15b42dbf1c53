package kr.academy.omr;

import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/** The bound academy's OMR templates. */
public interface OmrTemplateRepository {

  void add(OmrTemplate template);

  Optional<OmrTemplate> find(UUID templateId);

  /** Removes it; false when the academy has no such template. */
  boolean remove(UUID templateId);

  /** Whether an exam of the academy is graded against it. */
  boolean usedByExams(UUID templateId);

  /** A page of the academy's templates, newest first, with the columns a list shows. */
  Page<OmrTemplateSummary> list(PageRequest page);
}
