package kr.academy.web.ai;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.academy.ai.AiJobs;
import kr.academy.common.DomainException;
import kr.academy.jobs.JobType;
import kr.academy.web.input.JsonBody;

/**
 * The parts of a request for AI work: {@code type}, {@code options} (JSON), one or more {@code
 * file} and, for status detection, one {@code blank}. A part of another name is refused by name, so
 * a misspelt field is not silently dropped.
 */
public final class PageUploadParts {

  /** More than any options object needs; the body limit is for files. */
  static final int OPTIONS_MAX_BYTES = 64 * 1024;

  private PageUploadParts() {}

  static AiJobs.Request read(List<EntityPart> parts, String idempotencyKey, Long requester)
      throws IOException {
    return read(parts, Optional.empty(), Optional.empty(), idempotencyKey, requester);
  }

  /**
   * @param fixedType the type the endpoint does (an exam's sheets are OMR_GRADE), when it is not a
   *     part
   * @param fixedOptions the options the endpoint sets, when they are not a part
   */
  public static AiJobs.Request read(
      List<EntityPart> parts,
      Optional<JobType> fixedType,
      Optional<JsonObject> fixedOptions,
      String idempotencyKey,
      Long requester)
      throws IOException {
    if (parts == null) {
      throw DomainException.invalid("file", "send the pages as multipart/form-data");
    }
    JobType type = fixedType.orElse(null);
    JsonObject options = fixedOptions.orElse(null);
    List<AiJobs.Upload> files = new ArrayList<>();
    Optional<AiJobs.Upload> blank = Optional.empty();
    for (EntityPart part : parts) {
      PartDisposition disposition = PartDisposition.of(part);
      String name = disposition.name();
      if (name.equals("file")) {
        files.add(new AiJobs.Upload(disposition.fileName().orElse(null), part.getContent()));
      } else if (name.equals("blank") && blank.isEmpty()) {
        blank =
            Optional.of(new AiJobs.Upload(disposition.fileName().orElse(null), part.getContent()));
      } else if (name.equals("type") && fixedType.isEmpty() && type == null) {
        type = type(text(part, 100));
      } else if (name.equals("options") && fixedOptions.isEmpty() && options == null) {
        options = options(part);
      } else {
        throw DomainException.invalid(
            name,
            "'"
                + name
                + "' is not a part of this request, or is sent twice; send "
                + (fixedType.isEmpty() ? "'type', 'options', " : "")
                + "'file' (one or more)"
                + (fixedType.isEmpty() ? " and 'blank'" : ""));
      }
    }
    if (type == null) {
      throw DomainException.invalid(
          "type", "send the job's type as the part 'type': OCR, OMR_GRADE or STATUS_DETECT");
    }
    return new AiJobs.Request(type, files, blank, options, idempotencyKey, requester);
  }

  private static JobType type(String text) {
    try {
      JobType type = JobType.valueOf(text.strip().toUpperCase(Locale.ROOT));
      if (type.readsPages()) {
        return type;
      }
    } catch (IllegalArgumentException e) {
      // refused below, with the types that are
    }
    throw DomainException.invalid("type", "type must be OCR, OMR_GRADE or STATUS_DETECT");
  }

  private static JsonObject options(EntityPart part) throws IOException {
    byte[] json = bytes(part, OPTIONS_MAX_BYTES);
    JsonBody.check(json, JsonObject.class);
    try (var reader =
        Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw DomainException.invalid("options", "options must be a JSON object");
    }
  }

  private static String text(EntityPart part, int maxBytes) throws IOException {
    return new String(bytes(part, maxBytes), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(EntityPart part, int maxBytes) throws IOException {
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw DomainException.invalid(
            part.getName(), "'" + part.getName() + "' must be at most " + maxBytes + " bytes");
      }
      return bytes;
    }
  }
}
