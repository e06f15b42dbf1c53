package kr.academy.students.imports;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import kr.academy.platform.storage.StoredFile;

/**
 * A STUDENT_IMPORT job's input: the stored upload, how to read it, and whether to write. The upload
 * is keyed by its content's hash, so the same file with the same {@code Idempotency-Key} is the
 * same request.
 */
public record StudentImportRequest(StoredFile upload, SheetFormat format, boolean dryRun) {

  public String toJson() {
    return Json.createObjectBuilder()
        .add("upload", upload.toJson())
        .add("format", format.name())
        .add("dryRun", dryRun)
        .build()
        .toString();
  }

  public static StudentImportRequest fromJson(JsonObject input) {
    return new StudentImportRequest(
        StoredFile.fromJson(input.getJsonObject("upload")),
        SheetFormat.valueOf(input.getString("format")),
        input.getBoolean("dryRun", false));
  }
}
