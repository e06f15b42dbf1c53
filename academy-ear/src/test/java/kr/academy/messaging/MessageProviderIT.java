package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import kr.academy.support.Texting;
import org.junit.jupiter.api.Test;

/**
 * What the provider answers, mapped: temporary failures are retried without texting anyone twice,
 * refusals (unregistered sender, balance) fail with their reason, an AlimTalk to someone without
 * KakaoTalk falls back to SMS when the academy allows it. And another academy's batches stay out of
 * reach.
 */
class MessageProviderIT {

  @Test
  void providerOutagesAreRetriedAndEveryoneGetsExactlyOneText() {
    Academy academy = Academy.open("msg-prov-a");
    String sender = Texting.setUp(academy);
    Texting.steerSender(sender, "{\"failNext\":2}");
    String a = Api.uniqueMobile();
    String b = Api.uniqueMobile();
    String batchId =
        Texting.accepted(Texting.send(academy, Texting.toPhones(List.of(a, b), "재시도", null)));
    JsonObject accepted = Texting.batch(academy, batchId);
    JsonObject batch = Texting.awaitSettled(academy, batchId);
    assertEquals(2, batch.getJsonObject("counts").getInt("delivered"), batch::toString);
    assertEquals(1, Texting.receivedBy(sender, a).size());
    assertEquals(1, Texting.receivedBy(sender, b).size());
    String jobId =
        Api.get("/api/v1/jobs?type=MESSAGE_SEND", academy.ownerToken())
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("jobId");
    JsonObject job = Api.get("/api/v1/jobs/" + jobId, academy.ownerToken()).json();
    assertEquals(3, job.getInt("attempts"), job::toString);
    assertEquals(0, accepted.getJsonObject("counts").getInt("failed"));
  }

  @Test
  void refusalsFailWithTheirReasonAndTheRestIsSent() {
    Academy academy = Academy.open("msg-prov-b");
    String sender = Texting.setUp(academy);
    Texting.steerSender(sender, "{\"balance\":1}");
    String a = Api.uniqueMobile();
    String b = Api.uniqueMobile();
    String batchId =
        Texting.accepted(Texting.send(academy, Texting.toPhones(List.of(a, b), "잔액", null)));
    JsonObject batch = Texting.awaitSettled(academy, batchId);
    assertEquals("DELIVERED", Texting.recipient(batch, a).getString("status"));
    JsonObject broke = Texting.recipient(batch, b);
    assertEquals("FAILED", broke.getString("status"));
    assertTrue(broke.getString("reason").contains("[1030]"), broke::toString);

    Academy unregistered = Academy.open("msg-prov-c");
    String other = Texting.setUp(unregistered);
    Texting.steerSender(other, "{\"registered\":false}");
    String refusedId =
        Texting.accepted(Texting.send(unregistered, Texting.toPhone(a, "미등록", null)));
    JsonObject refused = Texting.recipient(Texting.awaitSettled(unregistered, refusedId), a);
    assertEquals("FAILED", refused.getString("status"));
    assertTrue(refused.getString("reason").contains("[1062]"), refused::toString);
  }

  @Test
  void anAlimTalkToSomeoneWithoutKakaoTalkFallsBackToSmsOnlyWhenAllowed() {
    Academy academy = Academy.open("msg-prov-d");
    String sender = Texting.uniqueSender();
    Texting.setUp(
        academy,
        "{\"senderNumber\":\""
            + sender
            + "\",\"kakaoChannelId\":\"KA01PF-test\",\"alimtalkFallback\":true}");
    String kakao = Api.uniqueMobile();
    String noKakao = Api.uniqueMobile();
    Texting.steerRecipient(noKakao, "{\"kakaoUser\":false}");
    String body =
        Texting.toPhones(
            List.of(kakao, noKakao),
            "김하나 학생이 등원했습니다",
            "\"kind\":\"ALIMTALK\",\"templateCode\":\"ATTEND_01\",\"variables\":{\"name\":\"김하나\"}");
    String batchId = Texting.accepted(Texting.send(academy, body));
    JsonObject batch = Texting.awaitSettled(academy, batchId);
    assertEquals("DELIVERED", Texting.recipient(batch, kakao).getString("status"));
    JsonObject fellBack = Texting.recipient(batch, noKakao);
    assertEquals("DELIVERED", fellBack.getString("status"), fellBack::toString);
    assertEquals("SMS", fellBack.getString("type"));
    assertEquals(
        List.of("ATA", "SMS"),
        Texting.receivedBy(sender, noKakao).stream().map(t -> t.getString("type")).toList());
    JsonObject ata = Texting.receivedBy(sender, kakao).get(0).getJsonObject("kakaoOptions");
    assertEquals("ATTEND_01", ata.getString("templateId"));
    assertEquals("김하나", ata.getJsonObject("variables").getString("#{name}"));

    Texting.setUp(
        academy, "{\"senderNumber\":\"" + sender + "\",\"kakaoChannelId\":\"KA01PF-test\"}");
    String strict = Texting.accepted(Texting.send(academy, body));
    JsonObject failed = Texting.recipient(Texting.awaitSettled(academy, strict), noKakao);
    assertEquals("FAILED", failed.getString("status"));
    assertTrue(failed.getString("reason").contains("[3104]"), failed::toString);
  }

  @Test
  void anotherAcademysBatchesAndStudentsAreOutOfReach() {
    Academy mine = Academy.open("msg-iso-a");
    Academy theirs = Academy.open("msg-iso-b");
    Texting.setUp(mine);
    String theirSender = Texting.setUp(theirs);
    long theirStudent = theirs.addStudent("남의 학생", Api.uniqueMobile());
    String theirBatch =
        Texting.accepted(Texting.send(theirs, Texting.toPhone(Api.uniqueMobile(), "우리끼리", null)));
    Texting.awaitSettled(theirs, theirBatch);

    Api.get("/api/v1/messages/" + theirBatch, mine.ownerToken()).assertError(404, "NOT_FOUND");
    Api.post("/api/v1/messages/" + theirBatch + "/cancel", mine.ownerToken(), "")
        .assertError(404, "NOT_FOUND");
    Api.get("/api/v1/messages/not-a-uuid", mine.ownerToken()).assertError(404, "NOT_FOUND");
    assertEquals(0, Api.get("/api/v1/messages", mine.ownerToken()).json().getInt("total"));
    Api.Reply refused =
        Texting.send(
                mine,
                "{\"recipients\":{\"studentIds\":["
                    + theirStudent
                    + "],\"target\":\"PARENTS\"},\"text\":\"엿보기\"}")
            .assertError(422, "NO_VALID_RECIPIENTS");
    assertTrue(refused.body().contains("학생을 찾을 수 없습니다"), refused.body());
    Jobs.pause(Duration.ofMillis(100));
    assertEquals(1, Texting.received(theirSender).size());
  }
}
