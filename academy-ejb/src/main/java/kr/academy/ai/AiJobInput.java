package kr.academy.ai;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import kr.academy.pages.PageLimits;

/**
 * What an AI job reads: its files in the order they were sent, the blank worksheet a status
 * detection compares with (if sent), the options as checked by {@link AiOptions}, and the page
 * limits the API checked the files against, so the worker holds them to the same.
 */
public record AiJobInput(
    List<AiFile> files, Optional<AiFile> blank, JsonObject options, PageLimits limits) {

  public AiJobInput {
    files = List.copyOf(files);
  }

  public int pageCount() {
    return files.stream().mapToInt(AiFile::pages).sum();
  }

  public String toJson() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    files.forEach(f -> list.add(f.toJson()));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("files", list)
            .add("options", options)
            .add(
                "limits",
                Json.createObjectBuilder()
                    .add("maxBytes", limits.maxBytes())
                    .add("maxPages", limits.maxPages())
                    .add("maxPixels", limits.maxPixels())
                    .add("renderDpi", limits.renderDpi()));
    blank.ifPresent(b -> json.add("blank", b.toJson()));
    return json.build().toString();
  }

  public static AiJobInput fromJson(JsonObject json) {
    JsonObject limits = json.getJsonObject("limits");
    return new AiJobInput(
        json.getJsonArray("files").getValuesAs(JsonObject.class).stream()
            .map(AiFile::fromJson)
            .toList(),
        Optional.ofNullable(json.getJsonObject("blank")).map(AiFile::fromJson),
        json.getJsonObject("options"),
        new PageLimits(
            limits.getJsonNumber("maxBytes").longValue(),
            limits.getInt("maxPages"),
            limits.getJsonNumber("maxPixels").longValue(),
            limits.getInt("renderDpi")));
  }

  public static AiJobInput fromJson(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return fromJson(reader.readObject());
    }
  }
}
