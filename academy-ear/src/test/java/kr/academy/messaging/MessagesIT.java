package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
}
