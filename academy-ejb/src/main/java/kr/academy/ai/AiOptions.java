package kr.academy.ai;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.academy.ai.ocr.OcrMode;
import kr.academy.ai.status.StatusOptions;
import kr.academy.ai.status.StatusRegion;
import kr.academy.common.DomainException;
import kr.academy.jobs.JobType;
import kr.academy.pages.PageImage;
import kr.academy.tenancy.Plan;

/**
 * The {@code options} of an AI job, checked and normalised before anything is stored: a key the
 * type does not know is refused by name rather than ignored.
 *
 * <ul>
 *   <li>OCR: {@code mode} {@code STANDARD} or {@code ACCURATE}; ACCURATE comes with PREMIUM, and is
 *       PREMIUM's default.
 *   <li>OMR_GRADE: {@code examId} (the sheets are graded into that exam) or {@code templateId} (the
 *       marks are read and returned, without scores): exactly one.
 *   <li>STATUS_DETECT: {@code regions} (answer spaces in fractions of the page), {@code blankBelow}
 *       and {@code completeFrom} (this job's thresholds); docs/ai.md, Status detection.
 * </ul>
 */
public final class AiOptions {

  private AiOptions() {}

  public static JsonObject check(JobType type, Plan plan, JsonObject options) {
    JsonObject given = options == null ? JsonValue.EMPTY_JSON_OBJECT : options;
    return switch (type) {
      case OCR -> ocr(plan, given);
      case OMR_GRADE -> omr(given);
      case STATUS_DETECT -> status(given);
      default -> throw new IllegalArgumentException(type + " is not an AI job type");
    };
  }

  private static JsonObject ocr(Plan plan, JsonObject options) {
    onlyKeys(options, Set.of("mode"));
    OcrMode mode = plan == Plan.PREMIUM ? OcrMode.ACCURATE : OcrMode.STANDARD;
    if (options.containsKey("mode")) {
      mode = ocrMode(options.get("mode"));
    }
    if (mode == OcrMode.ACCURATE && plan != Plan.PREMIUM) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "PLAN_EXCLUDES_ACCURATE_OCR",
          "the ACCURATE OCR mode comes with the PREMIUM plan; this academy is on " + plan);
    }
    return Json.createObjectBuilder().add("mode", mode.name()).build();
  }

  private static OcrMode ocrMode(JsonValue value) {
    if (value instanceof JsonString text) {
      for (OcrMode mode : OcrMode.values()) {
        if (mode.name().equals(text.getString())) {
          return mode;
        }
      }
    }
    throw DomainException.invalid("options.mode", "options.mode must be STANDARD or ACCURATE");
  }

  private static JsonObject omr(JsonObject options) {
    onlyKeys(options, Set.of("examId", "templateId"));
    Optional<UUID> exam = id(options, "examId");
    Optional<UUID> template = id(options, "templateId");
    if (exam.isPresent() == template.isPresent()) {
      throw DomainException.invalid(
          "options",
          "OMR_GRADE needs options.examId (grade the sheets into an exam) or options.templateId"
              + " (read the marks only), not both");
    }
    JsonObjectBuilder normal = Json.createObjectBuilder();
    exam.ifPresent(id -> normal.add("examId", id.toString()));
    template.ifPresent(id -> normal.add("templateId", id.toString()));
    return normal.build();
  }

  private static JsonObject status(JsonObject options) {
    onlyKeys(options, Set.of("regions", "blankBelow", "completeFrom"));
    JsonObject normal;
    try {
      normal = statusJson(statusOptions(options, Optional.empty()));
    } catch (ClassCastException | NullPointerException e) {
      throw DomainException.invalid(
          "options",
          "options.regions must be a list of {name, x, y, width, height} and the thresholds"
              + " numbers");
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("options", "options: " + e.getMessage());
    }
    return normal;
  }

  /** A STATUS_DETECT job's options as the detection takes them, with its blank sheet if any. */
  public static StatusOptions statusOptions(JsonObject options, Optional<PageImage> blank) {
    List<StatusRegion> regions = new ArrayList<>();
    JsonValue given = options.get("regions");
    if (given != null && given != JsonValue.NULL) {
      for (JsonValue value : given.asJsonArray()) {
        JsonObject region = value.asJsonObject();
        regions.add(
            new StatusRegion(
                region.getString("name"),
                region.getJsonNumber("x").doubleValue(),
                region.getJsonNumber("y").doubleValue(),
                region.getJsonNumber("width").doubleValue(),
                region.getJsonNumber("height").doubleValue()));
      }
    }
    Double blankBelow = fraction(options, "blankBelow");
    Double completeFrom = fraction(options, "completeFrom");
    if (blankBelow != null && completeFrom != null && blankBelow >= completeFrom) {
      throw new IllegalArgumentException("blankBelow must be below completeFrom");
    }
    Optional<StatusOptions.StatusThresholds> thresholds =
        blankBelow == null && completeFrom == null
            ? Optional.empty()
            : Optional.of(new StatusOptions.StatusThresholds(blankBelow, completeFrom));
    return new StatusOptions(regions, blank, thresholds);
  }

  private static Double fraction(JsonObject options, String name) {
    JsonValue value = options.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    double fraction = ((JsonNumber) value).doubleValue();
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException(name + " must be a fraction between 0 and 1");
    }
    return fraction;
  }

  private static JsonObject statusJson(StatusOptions status) {
    JsonArrayBuilder regions = Json.createArrayBuilder();
    for (StatusRegion region : status.regions()) {
      regions.add(
          Json.createObjectBuilder()
              .add("name", region.name())
              .add("x", region.x())
              .add("y", region.y())
              .add("width", region.width())
              .add("height", region.height()));
    }
    JsonObjectBuilder json = Json.createObjectBuilder().add("regions", regions);
    status
        .thresholds()
        .ifPresent(
            t -> {
              if (t.blankBelow() != null) {
                json.add("blankBelow", t.blankBelow());
              }
              if (t.completeFrom() != null) {
                json.add("completeFrom", t.completeFrom());
              }
            });
    return json.build();
  }

  /** The exam an OMR_GRADE job grades into, if it names one. */
  public static Optional<UUID> exam(JsonObject options) {
    return id(options, "examId");
  }

  /** The template an OMR_GRADE job reads with, if it names one rather than an exam. */
  public static Optional<UUID> template(JsonObject options) {
    return id(options, "templateId");
  }

  public static OcrMode ocrMode(JsonObject options) {
    return OcrMode.valueOf(options.getString("mode"));
  }

  private static Optional<UUID> id(JsonObject options, String name) {
    JsonValue value = options.get(name);
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (value instanceof JsonString text) {
      try {
        return Optional.of(UUID.fromString(text.getString()));
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw DomainException.invalid("options." + name, "options." + name + " must be an id");
  }

  private static void onlyKeys(JsonObject options, Set<String> known) {
    for (String key : options.keySet()) {
      if (!known.contains(key)) {
        throw DomainException.invalid(
            "options." + key,
            "options." + key + " is not an option of this job type; it takes " + known);
      }
    }
  }
}
