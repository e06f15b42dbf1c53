package kr.academy.ai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.Optional;
import kr.academy.ai.status.AreaStatus;
import kr.academy.ai.status.PageStatus;
import kr.academy.ai.status.StatusCheck;
import kr.academy.ai.status.StatusDetection;
import kr.academy.ai.status.StatusOptions;
import kr.academy.common.DomainException;
import kr.academy.jobs.ProgressReporter;
import kr.academy.pages.PageImage;

/**
 * STATUS_DETECT: whether each page's homework is blank, partly or completely done, per page and per
 * answer space, against the blank worksheet when the job has one ({@link StatusDetection}).
 */
@ApplicationScoped
public class CheckHomeworkDone {

  private JobPages pages;
  private StatusDetection detection;

  /** For CDI's proxy. */
  protected CheckHomeworkDone() {}

  @Inject
  public CheckHomeworkDone(JobPages pages, StatusDetection detection) {
    this.pages = pages;
    this.detection = detection;
  }

  public JsonObject check(AiJobInput input, ProgressReporter progress) throws IOException {
    Optional<PageImage> blank = Optional.empty();
    if (input.blank().isPresent()) {
      blank = Optional.ofNullable(pages.blank(input, input.blank().get()));
    }
    StatusCheck check = prepare(AiOptions.statusOptions(input.options(), blank));
    PageResults results = new PageResults();
    pages.forEach(
        input, progress, "checking", page -> results.add(page, status(check.detect(page.image()))));
    return results.build(Json.createObjectBuilder().add("againstBlank", blank.isPresent()));
  }

  /** A job's own threshold that cannot go with the configured other one fails the job, named. */
  private StatusCheck prepare(StatusOptions options) {
    try {
      return detection.prepare(options);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("options", e.getMessage());
    }
  }

  private static JsonObjectBuilder status(PageStatus page) {
    JsonArrayBuilder regions = Json.createArrayBuilder();
    for (AreaStatus area : page.regions()) {
      regions.add(
          Json.createObjectBuilder()
              .add("name", area.name())
              .add("status", area.status().name())
              .add("inkRatio", ratio(area.inkRatio()))
              .add("writtenLines", area.writtenLines())
              .add("lines", area.lines()));
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("status", page.status().name())
            .add("inkRatio", ratio(page.inkRatio()))
            .add("writtenLines", page.writtenLines())
            .add("lines", page.lines());
    page.alignment().ifPresent(a -> json.add("alignment", Math.round(a * 1000) / 1000.0));
    return json.add("regions", regions);
  }

  private static double ratio(double ink) {
    return Math.round(ink * 10_000) / 10_000.0;
  }
}
