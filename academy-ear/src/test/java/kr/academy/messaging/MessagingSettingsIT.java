package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import org.junit.jupiter.api.Test;

class MessagingSettingsIT {

  private static final String SETTINGS = "/api/v1/messaging/settings";

  @Test
  void theOwnerSetsTheSenderIdentityAndNumbersAreNormalised() {
    Academy academy = Academy.open("msg-settings-a");
    String token = academy.ownerToken();
    Api.get(SETTINGS, token).assertError(404, "NOT_FOUND");

    JsonObject saved =
        Api.send(
                "PUT",
                SETTINGS,
                token,
                "{\"senderNumber\":\"02-123-4567\",\"senderName\":\"한빛학원\","
                    + "\"optOutNumber\":\"080-123-4567\"}")
            .assertStatus(200)
            .json();
    assertEquals("021234567", saved.getString("senderNumber"));
    assertEquals("한빛학원", saved.getString("senderName"));
    assertEquals("0801234567", saved.getString("optOutNumber"));
    assertEquals(saved, Api.get(SETTINGS, token).assertStatus(200).json());

    JsonObject senderOnly =
        Api.send("PUT", SETTINGS, token, "{\"senderNumber\":\"010-2222-3333\"}")
            .assertStatus(200)
            .json();
    assertTrue(Api.hasNoValue(senderOnly, "senderName"), senderOnly::toString);
    assertTrue(Api.hasNoValue(senderOnly, "optOutNumber"), senderOnly::toString);
  }

  @Test
  void badSettingsAreRefusedWithEveryFieldAndNothingIsSaved() {
    Academy academy = Academy.open("msg-settings-b");
    String token = academy.ownerToken();
    Api.Reply refused =
        Api.send(
                "PUT",
                SETTINGS,
                token,
                "{\"senderNumber\":\"12\",\"senderName\":\""
                    + "가".repeat(31)
                    + "\","
                    + "\"optOutNumber\":\"02-123-4567\"}")
            .assertError(400, "VALIDATION_FAILED");
    assertEquals(3, refused.json().getJsonArray("details").size(), refused.body());
    Api.send("PUT", SETTINGS, token, "{}").assertError(400, "VALIDATION_FAILED");
    Api.send("PUT", SETTINGS, token, "{not json").assertError(400, "MALFORMED_JSON");
    Api.get(SETTINGS, token).assertError(404, "NOT_FOUND");
  }

  @Test
  void onlyTheOwnerChangesThemAndAcademiesNeverSeeEachOthers() {
    Academy first = Academy.open("msg-settings-c");
    Academy second = Academy.open("msg-settings-d");
    Api.send("PUT", SETTINGS, first.ownerToken(), "{\"senderNumber\":\"0212345678\"}")
        .assertStatus(200);
    Api.get(SETTINGS, second.ownerToken()).assertError(404, "NOT_FOUND");
    Api.send("PUT", SETTINGS, second.ownerToken(), "{\"senderNumber\":\"0311234567\"}")
        .assertStatus(200);
    assertEquals(
        "0212345678", Api.get(SETTINGS, first.ownerToken()).json().getString("senderNumber"));
  }
}
