package kr.academy.web.input;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kr.academy.common.DomainException;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

  enum Plan {
    LITE,
    BASIC
  }

  record Owner(String name, String phone) {}

  record Request(
      String name,
      Integer quota,
      long id,
      Boolean flag,
      Plan plan,
      Owner owner,
      List<Long> ids,
      Map<String, String> variables,
      JsonObject input) {}

  private static DomainException refused(String json, Type target) {
    return assertThrows(
        DomainException.class, () -> JsonBody.check(json.getBytes(StandardCharsets.UTF_8), target));
  }

  private static void assertRefused(String json, String code, String field, String message) {
    DomainException e = refused(json, Request.class);
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertEquals(code, e.code(), e::getMessage);
    assertEquals(field, e.details().get(0).field(), e::getMessage);
    assertEquals(message, e.details().get(0).message());
    for (String internal : new String[] {"kr.academy", "java.", "jakarta.", "class", "Exception"}) {
      assertFalse(e.getMessage().contains(internal), e.getMessage());
      assertFalse(e.details().toString().contains(internal), e.details()::toString);
    }
  }

  @Test
  void aBodyThatFitsItsTypePasses() {
    assertDoesNotThrow(
        () ->
            JsonBody.check(
                ("{\"name\":\"김하나 😀\",\"quota\":2147483647,\"id\":-9223372036854775808,"
                        + "\"flag\":null,\"plan\":\"LITE\",\"owner\":{\"name\":\"원장\"},"
                        + "\"ids\":[1,2e3,3.0],\"variables\":{\"이름\":\"김\"},"
                        + "\"input\":{\"q\":[1.5,{\"deep\":true}]}}")
                    .getBytes(StandardCharsets.UTF_8),
                Request.class));
  }

  @Test
  void theNulCharacterIsRefusedInAnyStringOrKeyNamingItsField() {
    assertRefused(
        "{\"name\":\"a\\u0000b\"}",
        "VALIDATION_FAILED",
        "name",
        "name must not contain the NUL character (U+0000)");
    assertRefused(
        "{\"owner\":{\"phone\":\"\\u0000\"}}",
        "VALIDATION_FAILED",
        "owner.phone",
        "owner.phone must not contain the NUL character (U+0000)");
    assertRefused(
        "{\"input\":{\"list\":[\"x\",\"\\u0000\"]}}",
        "VALIDATION_FAILED",
        "input.list[1]",
        "input.list[1] must not contain the NUL character (U+0000)");
    assertRefused(
        "{\"variables\":{\"a\\u0000\":\"x\"}}",
        "VALIDATION_FAILED",
        "variables.a\0",
        "variables.a\0 must not contain the NUL character (U+0000)");
    DomainException export = refused("{\"q\":\"a\\u0000\"}", JsonObject.class);
    assertEquals("q", export.details().get(0).field());
  }

  @Test
  void halfASurrogatePairIsRefused() {
    assertRefused(
        "{\"name\":\"\\ud800\"}",
        "VALIDATION_FAILED",
        "name",
        "name must be valid Unicode text: it has half of a surrogate pair (U+D800)");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedNamingTheField() throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write("{\"owner\":{\"name\":\"김".getBytes(StandardCharsets.UTF_8));
    body.write(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3});
    body.write("\"}}".getBytes(StandardCharsets.UTF_8));
    DomainException e =
        assertThrows(
            DomainException.class, () -> JsonBody.check(body.toByteArray(), Request.class));
    assertEquals("VALIDATION_FAILED", e.code());
    assertEquals("owner.name", e.details().get(0).field());
  }

  @Test
  void nestingDeeperThanTheLimitIsMalformedWhateverTheTarget() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    for (Type target : new Type[] {Request.class, JsonObject.class}) {
      DomainException e = refused(deep, target);
      assertEquals("MALFORMED_JSON", e.code());
      assertEquals("body", e.details().get(0).field());
    }
    String deepMemo = "{\"memo\":" + "{\"a\":".repeat(999) + "1" + "}".repeat(999) + "}";
    assertEquals("MALFORMED_JSON", refused(deepMemo, JsonObject.class).code());
    String justDeepEnough = "[".repeat(JsonBody.MAX_DEPTH) + "]".repeat(JsonBody.MAX_DEPTH);
    assertEquals("MALFORMED_JSON", refused(justDeepEnough, JsonObject.class).code());
    assertDoesNotThrow(
        () -> JsonBody.check(justDeepEnough.getBytes(StandardCharsets.UTF_8), Object.class));
  }

  @Test
  void numbersThatWouldBeChangedAreRefusedNamingTheField() {
    String range = "quota must be a whole number from -2147483648 to 2147483647";
    assertRefused("{\"quota\":99999999999}", "VALIDATION_FAILED", "quota", range);
    assertRefused("{\"quota\":1e308}", "VALIDATION_FAILED", "quota", range);
    assertRefused("{\"quota\":-1e999999}", "VALIDATION_FAILED", "quota", range);
    assertEquals("MALFORMED_JSON", refused("{\"quota\":1e99999999999}", Request.class).code());
    assertDoesNotThrow(
        () -> JsonBody.check("{\"quota\":1E2}".getBytes(StandardCharsets.UTF_8), Request.class));
    assertRefused(
        "{\"quota\":1.5}",
        "VALIDATION_FAILED",
        "quota",
        "quota must be a whole number, without a fraction");
    assertRefused(
        "{\"ids\":[1,99999999999999999999]}",
        "VALIDATION_FAILED",
        "ids[1]",
        "ids[1] must be a whole number from -9223372036854775808 to 9223372036854775807");
    assertRefused("{\"quota\":\"12\"}", "MALFORMED_JSON", "quota", "quota must be a whole number");
  }

  @Test
  void wrongKindsAreMalformedNamingTheField() {
    DomainException array = refused("[]", Request.class);
    assertEquals("MALFORMED_JSON", array.code());
    assertEquals("body must be a JSON object", array.getMessage());
    assertEquals("body must not be null", refused("null", Request.class).getMessage());
    assertEquals("body must be a JSON object", refused("\"x\"", JsonObject.class).getMessage());
    assertRefused("{\"name\":[1,2]}", "MALFORMED_JSON", "name", "name must be a string");
    assertRefused("{\"flag\":1}", "MALFORMED_JSON", "flag", "flag must be true or false");
    assertRefused("{\"owner\":[]}", "MALFORMED_JSON", "owner", "owner must be a JSON object");
    assertRefused("{\"ids\":{}}", "MALFORMED_JSON", "ids", "ids must be an array");
    assertRefused(
        "{\"variables\":{\"a\":1}}",
        "MALFORMED_JSON",
        "variables.a",
        "variables.a must be a string");
    assertRefused("{\"id\":null}", "MALFORMED_JSON", "id", "id must not be null");
  }

  @Test
  void enumValuesAndUnknownFieldsAreNamedInTheApiWords() {
    assertRefused(
        "{\"plan\":\"GOLD\"}", "VALIDATION_FAILED", "plan", "plan must be one of LITE, BASIC");
    assertRefused(
        "{\"plan\":\"lite\"}", "VALIDATION_FAILED", "plan", "plan must be one of LITE, BASIC");
    assertRefused(
        "{\"nmae\":\"x\"}", "VALIDATION_FAILED", "nmae", "nmae is not a field of this request");
  }

  @Test
  void everyProblemIsListedAndAWrongKindMakesTheWholeBodyMalformed() {
    DomainException e = refused("{\"name\":1,\"quota\":1.5,\"extra\":true}", Request.class);
    assertEquals("MALFORMED_JSON", e.code());
    assertEquals(3, e.details().size());
    assertEquals("the input has 3 problems", e.getMessage());
  }

  @Test
  void textThatIsNotJsonIsMalformedWithWhereTheParserStopped() {
    DomainException cut = refused("{\"name\": \"김\",", Request.class);
    assertEquals("MALFORMED_JSON", cut.code());
    assertEquals("body ends before its JSON is complete", cut.details().get(0).message());
    DomainException colon = refused("{\"name\" 1}", Request.class);
    assertEquals("body is not valid JSON at line 1, column 9", colon.details().get(0).message());
  }
}
