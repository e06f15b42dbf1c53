package kr.academy.ai;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.academy.common.DomainException;
import kr.academy.jobs.JobType;
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
 *   <li>STATUS_DETECT: {@code regions} (see {@code kr.academy.ai.status}).
 * </ul>
 */
public final class AiOptions {

  /** How OCR reads a page. */
  public enum OcrMode {
    STANDARD,
    ACCURATE
  }

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
    onlyKeys(options, Set.of("regions"));
    return options;
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
