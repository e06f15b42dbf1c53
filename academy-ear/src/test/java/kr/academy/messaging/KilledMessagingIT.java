package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import kr.academy.support.LibertyServer;
import kr.academy.support.Texting;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server after the provider took a batch but before the worker heard back (its lease
 * renewed meanwhile): the texts stay SENDING with their keys; attempt 2 of the job runs within a
 * minute of the restarted server being ready (the killed attempt's lease lapsed), asks the provider
 * which keys it has, records them as sent and texts nobody twice. And held sends outlive the server
 * that accepted them.
 */
class KilledMessagingIT {

  private static final int RECIPIENTS = 50;

  @Test
  void aWorkerKilledDuringTheProviderCallTextsNobodyTwice() throws Exception {
    Academy academy = Academy.open("msg-kill");
    String sender = Texting.setUp(academy);
    Texting.steerSender(sender, "{\"delayMillis\":8000}");
    List<String> phones = new ArrayList<>();
    for (int n = 0; n < RECIPIENTS; n++) {
      phones.add(Api.uniqueMobile());
    }
    String batchId =
        Texting.accepted(Texting.send(academy, Texting.toPhones(phones, "한 번만", null)));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (Texting.received(sender).size() < RECIPIENTS && System.nanoTime() < deadline) {
      Jobs.pause(Duration.ofMillis(50));
    }
    assertEquals(RECIPIENTS, Texting.received(sender).size(), "the provider got the batch");
    String token = academy.ownerToken();
    String jobId =
        Api.get("/api/v1/jobs?type=MESSAGE_SEND", token)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("jobId");
    // While the provider holds the call, the worker keeps renewing the attempt's lease.
    Jobs.awaitLeaseRenewed(academy.id(), jobId, Duration.ofSeconds(6));

    Instant killed = LibertyServer.kill9();
    Texting.steerSender(sender, "{\"delayMillis\":0}");
    Instant ready = LibertyServer.start();
    Jobs.assertRunningAgainWithin(
        Duration.ofSeconds(60), "MESSAGE_SEND", token, jobId, killed, ready);

    JsonObject batch = Texting.awaitSettled(academy, batchId);
    assertEquals(RECIPIENTS, batch.getJsonObject("counts").getInt("delivered"), batch::toString);
    assertEquals(RECIPIENTS, Texting.received(sender).size(), "nobody was texted twice");
    for (String phone : phones) {
      assertEquals(1, Texting.receivedBy(sender, phone).size(), phone);
    }
  }

  @Test
  void scheduledSendsSurviveAKill9AndAreStillReleasedOnTimeOrCancellable() throws Exception {
    Academy academy = Academy.open("msg-kill-held");
    String sender = Texting.setUp(academy);
    String soon = Api.uniqueMobile();
    String later = Api.uniqueMobile();
    Instant at = Instant.now().plusSeconds(10);
    String soonBatch = Texting.scheduled(academy, soon, "재시작 뒤에", at);
    String laterBatch =
        Texting.scheduled(academy, later, "취소될 예약", Instant.now().plus(Duration.ofHours(1)));

    LibertyServer.kill9();
    LibertyServer.start();

    JsonObject released = Texting.awaitSettled(academy, soonBatch);
    assertEquals("DELIVERED", Texting.recipient(released, soon).getString("status"));
    Texting.assertReceivedOnceNotBefore(sender, soon, at);
    JsonObject cancelled =
        Api.post("/api/v1/messages/" + laterBatch + "/cancel", academy.ownerToken(), "")
            .assertStatus(200)
            .json();
    assertEquals("CANCELLED", cancelled.getString("status"));
    assertTrue(Texting.receivedBy(sender, later).isEmpty());
  }
}
