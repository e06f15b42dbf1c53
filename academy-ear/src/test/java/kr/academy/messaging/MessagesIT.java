package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Texting;
import org.junit.jupiter.api.Test;

/**
 * Texts end to end: API, batch and recipients in PostgreSQL, the job over SQS, the messaging
 * worker, and the Solapi stand-in, which checks the signature and the payload and keeps what it
 * received.
 */
class MessagesIT {

  @Test
  void parentsAndPhonesGetOneTextEachAndInvalidRecipientsAreListedWithAReason() {
    Academy academy = Academy.open("msg-send-a");
    String sender = Texting.setUp(academy);
    String sharedParent = Api.uniqueMobile();
    long first = academy.addStudent("김하나", sharedParent);
    long second = academy.addStudent("김두리", sharedParent);
    String phone = Api.uniqueMobile();
    String batchId =
        Texting.accepted(
            Texting.send(
                academy,
                "{\"recipients\":{\"studentIds\":["
                    + first
                    + ","
                    + second
                    + ",999999999],\"target\":\"PARENTS\"},\"text\":\"내일 휴원합니다\"}"));
    JsonObject batch = Texting.awaitSettled(academy, batchId);
    assertEquals("DONE", batch.getString("status"), batch::toString);
    assertEquals("SMS", batch.getString("type"));
    assertEquals("DELIVERED", Texting.recipient(batch, sharedParent).getString("status"));
    JsonObject counts = batch.getJsonObject("counts");
    assertEquals(1, counts.getInt("delivered"), batch::toString);
    assertEquals(2, counts.getInt("invalid"), batch::toString);
    List<String> reasons =
        Texting.recipients(batch).stream()
            .map(JsonObject.class::cast)
            .filter(r -> r.getString("status").equals("INVALID"))
            .map(r -> r.getString("reason"))
            .toList();
    assertTrue(reasons.stream().anyMatch(r -> r.contains("이미 받습니다")), reasons::toString);
    assertTrue(reasons.stream().anyMatch(r -> r.contains("학생을 찾을 수 없습니다")), reasons::toString);

    List<JsonObject> got = Texting.receivedBy(sender, sharedParent);
    assertEquals(1, got.size(), got::toString);
    assertEquals("SMS", got.get(0).getString("type"));
    assertEquals("내일 휴원합니다", got.get(0).getString("text"));
    assertTrue(Texting.receivedBy(sender, phone).isEmpty());
  }

  @Test
  void theTypeFollowsTheSizeInEucKrBytesAndTooLongOrNonEucKrTextIsRefused() {
    Academy academy = Academy.open("msg-send-b");
    String sender = Texting.setUp(academy);
    String phone = Api.uniqueMobile();
    String sms = "가".repeat(45);
    String lms = "가".repeat(46);
    String smsBatch = Texting.accepted(Texting.send(academy, Texting.toPhone(phone, sms, null)));
    String lmsBatch = Texting.accepted(Texting.send(academy, Texting.toPhone(phone, lms, null)));
    String subjectBatch =
        Texting.accepted(
            Texting.send(academy, Texting.toPhone(phone, "짧은 글", "\"subject\":\"공지\"")));
    assertEquals("SMS", Texting.awaitSettled(academy, smsBatch).getString("type"));
    assertEquals("LMS", Texting.awaitSettled(academy, lmsBatch).getString("type"));
    assertEquals("LMS", Texting.awaitSettled(academy, subjectBatch).getString("type"));
    // The three batches run concurrently, so their texts arrive in any order.
    List<JsonObject> got = Texting.receivedBy(sender, phone);
    assertEquals(
        List.of("LMS", "LMS", "SMS"), got.stream().map(t -> t.getString("type")).sorted().toList());
    assertTrue(got.stream().anyMatch(t -> "공지".equals(t.getString("subject", null))));

    Api.Reply tooLongForSms =
        Texting.send(academy, Texting.toPhone(phone, lms, "\"kind\":\"SMS\""))
            .assertError(422, "TEXT_TOO_LONG");
    assertTrue(tooLongForSms.body().contains("92 bytes"), tooLongForSms.body());
    Texting.send(academy, Texting.toPhone(phone, "가".repeat(1001), null))
        .assertError(422, "TEXT_TOO_LONG");
    Api.Reply emoji =
        Texting.send(academy, Texting.toPhone(phone, "내일 봐요 \ud83d\ude00", null))
            .assertError(422, "TEXT_NOT_EUC_KR");
    assertTrue(emoji.body().contains("\ud83d\ude00"), emoji.body());
    assertEquals(3, Texting.receivedBy(sender, phone).size());
  }

  @Test
  void badRequestsAreRefusedWithTheirFieldAndNothingIsSent() {
    Academy academy = Academy.open("msg-send-c");
    String token = academy.ownerToken();
    String phone = Api.uniqueMobile();
    Texting.send(academy, Texting.toPhone(phone, "안녕하세요", null))
        .assertError(422, "MESSAGING_SETTINGS_MISSING");
    String sender = Texting.setUp(academy);
    Api.post("/api/v1/messages", token, "{not json").assertError(400, "MALFORMED_JSON");
    Texting.send(academy, "{\"text\":\"x\"}").assertError(400, "VALIDATION_FAILED");
    Texting.send(academy, "{\"recipients\":{\"phones\":[]},\"text\":\"x\"}")
        .assertError(400, "VALIDATION_FAILED");
    Texting.send(academy, "{\"recipients\":{\"studentIds\":[1]},\"text\":\"x\"}")
        .assertError(400, "VALIDATION_FAILED");
    Texting.send(academy, Texting.toPhone(phone, "x", "\"kind\":\"FAX\""))
        .assertError(400, "VALIDATION_FAILED");
    Texting.send(academy, Texting.toPhone(phone, "x", "\"scheduledAt\":\"tomorrow\""))
        .assertError(400, "VALIDATION_FAILED");
    Texting.send(
            academy, Texting.toPhone(phone, "x", "\"scheduledAt\":\"2020-01-01T09:00:00+09:00\""))
        .assertError(400, "VALIDATION_FAILED");
    Api.Reply none =
        Texting.send(academy, Texting.toPhones(List.of("12", "02-123-4567"), "x", null))
            .assertError(422, "NO_VALID_RECIPIENTS");
    assertEquals(2, none.json().getJsonArray("details").size(), none.body());
    Api.post("/api/v1/jobs", token, "{\"type\":\"MESSAGE_SEND\",\"input\":{}}")
        .assertError(400, "VALIDATION_FAILED");
    assertEquals(0, Api.get("/api/v1/messages", token).json().getInt("total"));
    assertTrue(Texting.received(sender).isEmpty());
  }

  @Test
  void theSameIdempotencyKeyReturnsTheSameBatchAndSendsNothingNew() {
    Academy academy = Academy.open("msg-send-d");
    String sender = Texting.setUp(academy);
    String phone = Api.uniqueMobile();
    String body = Texting.toPhone(phone, "한 번만 갑니다", null);
    HttpRequest request =
        HttpRequest.newBuilder(java.net.URI.create(Api.baseUrl() + "/api/v1/messages"))
            .header("Authorization", "Bearer " + academy.ownerToken())
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "notice-" + phone)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    Api.Reply first = Api.send(request);
    Api.Reply again = Api.send(request);
    String batchId = Texting.accepted(first);
    assertEquals(batchId, Texting.accepted(again));
    assertEquals("true", again.raw().headers().firstValue("Idempotent-Replayed").orElse(null));
    Texting.awaitSettled(academy, batchId);
    assertEquals(1, Texting.receivedBy(sender, phone).size());
    assertEquals(1, Api.get("/api/v1/messages", academy.ownerToken()).json().getInt("total"));

    HttpRequest different =
        HttpRequest.newBuilder(request, (name, value) -> true)
            .POST(HttpRequest.BodyPublishers.ofString(Texting.toPhone(phone, "다른 글", null)))
            .build();
    Api.send(different).assertError(409, "IDEMPOTENCY_KEY_REUSED");
    assertEquals(1, Texting.receivedBy(sender, phone).size());
  }
}
