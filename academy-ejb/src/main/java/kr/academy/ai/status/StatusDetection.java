package kr.academy.ai.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.academy.pages.PageImage;

/**
 * "Is the homework done?" (STATUS_DETECT; the rule and its reasons: docs/ai.md, Status detection).
 * The paper is evened out first; with a blank sheet, the scan is aligned onto it and ink the blank
 * already has (grown a little, for what alignment leaves) is not counted, so printed questions are
 * not homework. The share of writing lines that carry new ink decides the status, per region and
 * for the page. A job {@linkplain #prepare prepares} its check once and runs it on every page.
 */
@ApplicationScoped
public class StatusDetection {

  private SheetAlignment alignment;
  private StatusSettings settings;

  /** For CDI's proxy. */
  protected StatusDetection() {}

  @Inject
  public StatusDetection(SheetAlignment alignment, StatusSettings settings) {
    this.alignment = alignment;
    this.settings = settings;
  }

  /**
   * Prepares the check of one job: the blank sheet, if any, is evened out and its print found here
   * once, not for every page.
   *
   * @throws IllegalArgumentException when the job's own thresholds do not make a rule
   */
  public StatusCheck prepare(StatusOptions options) {
    StatusRule rule =
        options
            .thresholds()
            .map(own -> settings.rule().withThresholds(own.blankBelow(), own.completeFrom()))
            .orElse(settings.rule());
    return new StatusCheck(alignment, rule, options);
  }

  /** The status of one {@code page} as {@code options} ask. */
  public PageStatus detect(PageImage page, StatusOptions options) {
    return prepare(options).detect(page);
  }
}
