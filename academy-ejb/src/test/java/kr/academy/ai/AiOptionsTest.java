package kr.academy.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import kr.academy.common.DomainException;
import kr.academy.jobs.JobType;
import kr.academy.tenancy.Plan;
import org.junit.jupiter.api.Test;

class AiOptionsTest {

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void ocrReadsStandardExceptOnPremiumWhereAccurateIsTheDefault() {
    assertEquals("STANDARD", AiOptions.check(JobType.OCR, Plan.LITE, null).getString("mode"));
    assertEquals(
        "STANDARD", AiOptions.check(JobType.OCR, Plan.BASIC, json("{}")).getString("mode"));
    assertEquals("ACCURATE", AiOptions.check(JobType.OCR, Plan.PREMIUM, null).getString("mode"));
    assertEquals(
        "STANDARD",
        AiOptions.check(JobType.OCR, Plan.PREMIUM, json("{\"mode\":\"STANDARD\"}"))
            .getString("mode"));
  }

  @Test
  void accurateOcrOutsidePremiumIsForbidden() {
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> AiOptions.check(JobType.OCR, Plan.BASIC, json("{\"mode\":\"ACCURATE\"}")));
    assertEquals(DomainException.Kind.FORBIDDEN, refused.kind());
    assertEquals("PLAN_EXCLUDES_ACCURATE_OCR", refused.code());
  }

  @Test
  void unknownOptionsAndValuesAreRefusedByName() {
    DomainException unknown =
        assertThrows(
            DomainException.class,
            () -> AiOptions.check(JobType.OCR, Plan.BASIC, json("{\"language\":\"fr\"}")));
    assertEquals("options.language", unknown.details().get(0).field());
    assertThrows(
        DomainException.class,
        () -> AiOptions.check(JobType.OCR, Plan.BASIC, json("{\"mode\":\"FAST\"}")));
    assertThrows(
        DomainException.class,
        () -> AiOptions.check(JobType.OCR, Plan.BASIC, json("{\"mode\":1}")));
  }

  @Test
  void omrGradingNamesAnExamOrATemplateButNotBoth() {
    String id = "0b1c2d3e-0000-4000-8000-000000000001";
    JsonObject exam =
        AiOptions.check(JobType.OMR_GRADE, Plan.BASIC, json("{\"examId\":\"" + id + "\"}"));
    assertEquals(id, AiOptions.exam(exam).orElseThrow().toString());
    JsonObject template =
        AiOptions.check(JobType.OMR_GRADE, Plan.BASIC, json("{\"templateId\":\"" + id + "\"}"));
    assertEquals(id, AiOptions.template(template).orElseThrow().toString());
    assertThrows(
        DomainException.class, () -> AiOptions.check(JobType.OMR_GRADE, Plan.BASIC, json("{}")));
    assertThrows(
        DomainException.class,
        () ->
            AiOptions.check(
                JobType.OMR_GRADE,
                Plan.BASIC,
                json("{\"examId\":\"" + id + "\",\"templateId\":\"" + id + "\"}")));
    assertThrows(
        DomainException.class,
        () -> AiOptions.check(JobType.OMR_GRADE, Plan.BASIC, json("{\"examId\":\"12\"}")));
  }

  @Test
  void statusDetectionTakesRegionsAndThresholdsAndRefusesWhatCannotBe() {
    JsonObject normal =
        AiOptions.check(
            JobType.STATUS_DETECT,
            Plan.BASIC,
            json(
                "{\"regions\":[{\"name\":\"q1\",\"x\":0.1,\"y\":0.2,\"width\":0.8,\"height\":0.3}],"
                    + "\"completeFrom\":0.6}"));
    var status = AiOptions.statusOptions(normal, java.util.Optional.empty());
    assertEquals("q1", status.regions().get(0).name());
    assertEquals(0.6, status.thresholds().orElseThrow().completeFrom());
    assertEquals(null, status.thresholds().orElseThrow().blankBelow());
    for (String bad :
        new String[] {
          "{\"regions\":[{\"name\":\"q1\",\"x\":0.5,\"y\":0.2,\"width\":0.8,\"height\":0.3}]}",
          "{\"regions\":[{\"x\":0.1,\"y\":0.2,\"width\":0.8,\"height\":0.3}]}",
          "{\"regions\":{\"name\":\"q1\"}}",
          "{\"regions\":[{\"name\":\"q1\",\"x\":\"left\",\"y\":0.2,\"width\":0.8,\"height\":0.3}]}",
          "{\"blankBelow\":0.8,\"completeFrom\":0.5}",
          "{\"completeFrom\":1.5}",
          "{\"blank\":\"x\"}"
        }) {
      DomainException refused =
          assertThrows(
              DomainException.class,
              () -> AiOptions.check(JobType.STATUS_DETECT, Plan.BASIC, json(bad)),
              bad);
      assertEquals(DomainException.Kind.INVALID, refused.kind(), bad);
    }
  }
}
