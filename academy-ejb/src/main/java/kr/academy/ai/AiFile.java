package kr.academy.ai;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import kr.academy.pages.PageFile;
import kr.academy.platform.storage.StoredFile;

/** One uploaded file of an AI job as stored: where it is, what it is, how many pages it has. */
public record AiFile(StoredFile file, PageFile.Format format, int pages) {

  JsonObject toJson() {
    return Json.createObjectBuilder()
        .add("file", file.toJson())
        .add("format", format.name())
        .add("pages", pages)
        .build();
  }

  static AiFile fromJson(JsonObject json) {
    return new AiFile(
        StoredFile.fromJson(json.getJsonObject("file")),
        PageFile.Format.valueOf(json.getString("format")),
        json.getInt("pages"));
  }
}
