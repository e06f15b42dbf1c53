package kr.academy.students.imports;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** What an import did, row by row, as the job's result reports it. */
public record ImportCounts(int created, int updated, int restored, int unchanged, int rejected) {

  public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

  public ImportCounts plus(ImportCounts other) {
    return new ImportCounts(
        created + other.created,
        updated + other.updated,
        restored + other.restored,
        unchanged + other.unchanged,
        rejected + other.rejected);
  }

  public ImportCounts plusRejected(int rows) {
    return new ImportCounts(created, updated, restored, unchanged, rejected + rows);
  }

  public int total() {
    return created + updated + restored + unchanged + rejected;
  }

  public JsonObjectBuilder toJson() {
    return Json.createObjectBuilder()
        .add("created", created)
        .add("updated", updated)
        .add("restored", restored)
        .add("unchanged", unchanged)
        .add("rejected", rejected);
  }
}
