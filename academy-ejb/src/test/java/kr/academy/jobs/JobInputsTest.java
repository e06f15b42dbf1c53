package kr.academy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import kr.academy.common.DomainException;
import org.junit.jupiter.api.Test;

class JobInputsTest {

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  @Test
  void anExportSearchIsTrimmedAndAnEmptyOneExportsEveryone() {
    assertEquals(
        "{\"q\":\"김\"}", JobInputs.normalise(JobType.STUDENT_EXPORT, json("{\"q\":\" 김 \"}")));
    assertEquals("{}", JobInputs.normalise(JobType.STUDENT_EXPORT, json("{\"q\":\"  \"}")));
    assertEquals("{}", JobInputs.normalise(JobType.STUDENT_EXPORT, json("{\"q\":null}")));
    assertEquals("{}", JobInputs.normalise(JobType.STUDENT_EXPORT, null));
  }

  @Test
  void unknownOptionsAndWrongTypesAreRefused() {
    assertThrows(
        DomainException.class,
        () -> JobInputs.normalise(JobType.STUDENT_EXPORT, json("{\"q\":5}")));
    assertThrows(
        DomainException.class,
        () -> JobInputs.normalise(JobType.STUDENT_EXPORT, json("{\"sheet\":\"a\"}")));
    assertThrows(
        DomainException.class,
        () ->
            JobInputs.normalise(
                JobType.STUDENT_EXPORT, json("{\"q\":\"" + "a".repeat(101) + "\"}")));
  }
}
