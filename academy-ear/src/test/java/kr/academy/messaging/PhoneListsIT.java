package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Texting;
import org.junit.jupiter.api.Test;

/**
 * The opt-out and night-consent lists belong to one academy: another academy neither sees nor
 * changes them, and a number one academy may not text is still texted by another.
 */
class PhoneListsIT {

  @Test
  void anAcademysListsAreItsOwn() {
    Academy mine = Academy.open("lists-a");
    Academy theirs = Academy.open("lists-b");
    String myToken = mine.ownerToken();
    String theirToken = theirs.ownerToken();
    String optedOut = Api.uniqueMobile();
    String consenting = Api.uniqueMobile();
    Api.send("PUT", "/api/v1/messaging/opt-outs/" + optedOut, theirToken, null).assertStatus(200);
    Api.send("PUT", "/api/v1/messaging/night-consents/" + consenting, theirToken, null)
        .assertStatus(200);

    assertEquals(0, Api.get("/api/v1/messaging/opt-outs", myToken).json().getInt("total"));
    assertEquals(0, Api.get("/api/v1/messaging/night-consents", myToken).json().getInt("total"));
    Api.delete("/api/v1/messaging/opt-outs/" + optedOut, myToken).assertError(404, "NOT_FOUND");
    Api.delete("/api/v1/messaging/night-consents/" + consenting, myToken)
        .assertError(404, "NOT_FOUND");
    assertEquals(1, Api.get("/api/v1/messaging/opt-outs", theirToken).json().getInt("total"));
    assertEquals(1, Api.get("/api/v1/messaging/night-consents", theirToken).json().getInt("total"));

    String sender = Texting.setUp(mine);
    JsonObject batch =
        Texting.awaitSettled(
            mine,
            Texting.accepted(Texting.send(mine, Texting.toPhone(optedOut, "우리 학원 안내", null))));
    assertEquals("DELIVERED", Texting.recipient(batch, optedOut).getString("status"));
    assertEquals(1, Texting.receivedBy(sender, optedOut).size());
  }

  @Test
  void onlyMobileNumbersGoOnAList() {
    String token = Academy.open("lists-bad").ownerToken();
    Api.send("PUT", "/api/v1/messaging/opt-outs/0212345678", token, null)
        .assertError(400, "VALIDATION_FAILED");
    Api.send("PUT", "/api/v1/messaging/night-consents/not-a-phone", token, null)
        .assertError(400, "VALIDATION_FAILED");
    Api.get("/api/v1/messaging/blocked", token).assertError(404, "NOT_FOUND");
    assertEquals(0, Api.get("/api/v1/messaging/opt-outs", token).json().getInt("total"));
    assertTrue(
        Api.get("/api/v1/messaging/night-consents", token).json().getJsonArray("items").isEmpty());
  }
}
