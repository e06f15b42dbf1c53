package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import kr.academy.support.Texting;
import org.junit.jupiter.api.Test;

/**
 * Scheduled sends are held by the platform and released on time, never early; a batch not yet
 * released can be cancelled. Advertisements carry (광고), the sender's name and the 080 number, and
 * at night wait until 08:00 for whoever did not consent.
 */
class MessageSchedulingIT {

  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  @Test
  void aScheduledBatchReachesTheProviderOnlyAtItsTime() {
    Academy academy = Academy.open("msg-sched-a");
    String sender = Texting.setUp(academy);
    String phone = Api.uniqueMobile();
    Instant at = Instant.now().plusSeconds(4);
    String batchId = Texting.scheduled(academy, phone, "곧 갑니다", at);
    JsonObject held = Texting.batch(academy, batchId);
    assertEquals("SCHEDULED", held.getString("status"), held::toString);
    assertTrue(Texting.received(sender).isEmpty());

    JsonObject done = Texting.awaitSettled(academy, batchId);
    assertEquals("DONE", done.getString("status"));
    Texting.assertReceivedOnceNotBefore(sender, phone, at);
  }

  @Test
  void aScheduledBatchCanBeCancelledUntilReleasedAndItsQuotaIsGivenBack() {
    Academy academy = Academy.open("msg-sched-b");
    String sender = Texting.setUp(academy);
    String token = academy.ownerToken();
    Api.send(
            "PUT",
            "/api/v1/admin/tenants/" + academy.id() + "/message-quota",
            Api.adminToken(),
            "{\"monthlyQuota\":1}")
        .assertStatus(200);
    String phone = Api.uniqueMobile();
    String batchId =
        Texting.scheduled(academy, phone, "취소될 글", Instant.now().plus(Duration.ofHours(1)));
    JsonObject cancelled =
        Api.post("/api/v1/messages/" + batchId + "/cancel", token, "").assertStatus(200).json();
    assertEquals("CANCELLED", cancelled.getString("status"));
    assertEquals(1, cancelled.getJsonObject("counts").getInt("cancelled"));
    Api.post("/api/v1/messages/" + batchId + "/cancel", token, "")
        .assertError(409, "BATCH_ALREADY_RELEASED");

    String now = Texting.accepted(Texting.send(academy, Texting.toPhone(phone, "지금", null)));
    Texting.awaitSettled(academy, now);
    Api.post("/api/v1/messages/" + now + "/cancel", token, "")
        .assertError(409, "BATCH_ALREADY_RELEASED");
    Texting.send(academy, Texting.toPhone(Api.uniqueMobile(), "한도 초과", null))
        .assertError(429, "MESSAGE_QUOTA_EXCEEDED");
    assertEquals(
        List.of("지금"),
        Texting.received(sender).stream().map(t -> t.asJsonObject().getString("text")).toList());
  }

  @Test
  void anAdvertisementCarriesTheLegalPartsAndAtNightWaitsUntilEightForThoseWithoutConsent() {
    Academy academy = Academy.open("msg-ad-a");
    String token = academy.ownerToken();
    String plainSender = Texting.setUp(academy);
    String phone = Api.uniqueMobile();
    Api.Reply missing =
        Texting.send(academy, Texting.toPhone(phone, "겨울 특강", "\"advertisement\":true"))
            .assertError(422, "MESSAGING_SETTINGS_MISSING");
    assertTrue(missing.body().contains("senderName") && missing.body().contains("optOutNumber"));
    String sender =
        Texting.setUp(
            academy,
            "{\"senderNumber\":\""
                + plainSender
                + "\",\"senderName\":\"한빛학원\",\"optOutNumber\":\"080-123-4567\"}");

    String day =
        Texting.accepted(
            Texting.send(academy, Texting.toPhone(phone, "겨울 특강 모집", "\"advertisement\":true")));
    JsonObject sentByDay = Texting.batch(academy, day);
    boolean nightNow = isNight(Instant.now());
    if (!nightNow) {
      Texting.awaitSettled(academy, day);
      assertEquals(
          "(광고)한빛학원\n겨울 특강 모집\n무료수신거부 080-123-4567",
          Texting.receivedBy(sender, phone).get(0).getString("text"));
    } else {
      assertEquals("SCHEDULED", Texting.recipient(sentByDay, phone).getString("status"));
    }

    String consenting = Api.uniqueMobile();
    Api.send("PUT", "/api/v1/messaging/night-consents/" + consenting, token, null)
        .assertStatus(200);
    OffsetDateTime tonight =
        LocalDate.now(KOREA).plusDays(1).atTime(22, 0).atZone(KOREA).toOffsetDateTime();
    String night =
        Texting.accepted(
            Texting.send(
                academy,
                Texting.toPhones(
                    List.of(consenting, phone),
                    "야간 광고",
                    "\"advertisement\":true,\"scheduledAt\":\"" + tonight + "\"")));
    JsonObject held = Texting.batch(academy, night);
    assertEquals(
        tonight.toInstant(),
        Instant.parse(Texting.recipient(held, consenting).getString("sendAfter")));
    JsonObject waiting = Texting.recipient(held, phone);
    assertEquals(tonight.plusHours(10).toInstant(), Instant.parse(waiting.getString("sendAfter")));
    assertTrue(waiting.getString("reason").contains("08:00"), waiting::toString);
    Api.post("/api/v1/messages/" + night + "/cancel", token, "").assertStatus(200);
    Jobs.pause(Duration.ofMillis(200));
    assertTrue(
        Texting.received(sender).stream()
            .noneMatch(t -> t.asJsonObject().getString("text").contains("야간 광고")));
  }

  @Test
  void optedOutNumbersAreNotTextedAndProviderOptOutsJoinTheList() {
    Academy academy = Academy.open("msg-optout-a");
    String token = academy.ownerToken();
    String sender = Texting.setUp(academy);
    String listed = Api.uniqueMobile();
    String optedAtProvider = Api.uniqueMobile();
    String fine = Api.uniqueMobile();
    Api.send("PUT", "/api/v1/messaging/opt-outs/" + listed, token, null).assertStatus(200);
    Texting.steerRecipient(optedAtProvider, "{\"sendCode\":\"1061\"}");
    String batchId =
        Texting.accepted(
            Texting.send(
                academy, Texting.toPhones(List.of(listed, optedAtProvider, fine), "안내", null)));
    JsonObject batch = Texting.awaitSettled(academy, batchId);
    assertEquals("INVALID", Texting.recipient(batch, listed).getString("status"));
    JsonObject refused = Texting.recipient(batch, optedAtProvider);
    assertEquals("FAILED", refused.getString("status"));
    assertTrue(refused.getString("reason").contains("1061"), refused::toString);
    assertEquals("DELIVERED", Texting.recipient(batch, fine).getString("status"));
    assertTrue(Texting.receivedBy(sender, listed).isEmpty());
    String optOuts = Api.get("/api/v1/messaging/opt-outs", token).assertStatus(200).body();
    assertTrue(optOuts.contains(optedAtProvider) && optOuts.contains("PROVIDER"), optOuts);
    Api.delete("/api/v1/messaging/opt-outs/" + listed, token).assertStatus(204);
    Api.delete("/api/v1/messaging/opt-outs/" + listed, token).assertError(404, "NOT_FOUND");
  }

  private static boolean isNight(Instant at) {
    int hour = at.atZone(KOREA).getHour();
    return hour >= 21 || hour < 8;
  }
}
