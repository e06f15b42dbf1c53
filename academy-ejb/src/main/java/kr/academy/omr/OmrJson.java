package kr.academy.omr;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * The JSON provider the OMR feature reads and writes its stored JSON with, looked up once: {@code
 * Json.createReader} and the other {@code Json} shortcuts look the provider up on every call
 * (measured here at 1.5 ms each on the test classpath), and grading one sheet reads and writes its
 * template, key and reading a dozen times.
 */
public final class OmrJson {

  public static final JsonProvider JSON = JsonProvider.provider();

  private OmrJson() {}

  public static JsonObject object(String text) {
    try (var reader = JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  public static JsonArray array(String text) {
    try (var reader = JSON.createReader(new StringReader(text))) {
      return reader.readArray();
    }
  }
}
