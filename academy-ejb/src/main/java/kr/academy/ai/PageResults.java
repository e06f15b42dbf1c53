package kr.academy.ai;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * An AI job's result: one entry per page, in the order the pages were sent, each saying which file
 * and which page of it it is. Large results go to the bucket like any job's ({@code resultUrl}).
 */
public final class PageResults {

  private final JsonArrayBuilder pages = Json.createArrayBuilder();
  private int count;

  /** Adds the page's entry: its place and file, then what {@code result} adds. */
  public void add(AiPage page, JsonObjectBuilder result) {
    JsonObjectBuilder entry =
        Json.createObjectBuilder()
            .add("page", page.number())
            .add("fileName", page.file().file().fileName())
            .add("pageInFile", page.pageInFile());
    result.build().forEach(entry::add);
    pages.add(entry);
    count++;
  }

  /** The result: {@code pageCount}, what {@code summary} adds, then {@code pages}. */
  public JsonObject build(JsonObjectBuilder summary) {
    JsonObjectBuilder result = Json.createObjectBuilder().add("pageCount", count);
    summary.build().forEach(result::add);
    return result.add("pages", pages).build();
  }
}
