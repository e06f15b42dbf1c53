package kr.academy.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One batch of N phone numbers through the API, the outbox, SQS, the messaging worker and the
 * Solapi stand-in: milliseconds from the POST to every text handed to the provider (none queued or
 * sending) and to every delivery report read. Usage: MessageBench BASE ADMIN_PASSWORD N RUNS
 */
public final class MessageBench {

  private static final Pattern BATCH_ID = Pattern.compile("\"batchId\":\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int recipients = Integer.parseInt(args[2]);
    int runs = Integer.parseInt(args[3]);
    String token = Seed.openAcademy(base, args[1]);
    String sender = String.format("023%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    BenchHttp.send(
        BenchHttp.authorized(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/messaging/settings"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"senderNumber\":\"" + sender + "\"}")),
            token),
        200);
    for (int run = 1; run <= runs; run++) {
      StringJoiner phones = new StringJoiner("\",\"", "[\"", "\"]");
      int first = ThreadLocalRandom.current().nextInt(9_000_000 - recipients);
      for (int n = 0; n < recipients; n++) {
        phones.add(String.format("0105%07d", first + n));
      }
      String body = "{\"recipients\":{\"phones\":" + phones + "},\"text\":\"벤치마크 안내 문자입니다\"}";
      long start = System.nanoTime();
      String batchId =
          BenchHttp.find(BATCH_ID, BenchHttp.post(base + "/api/v1/messages", token, body, 202));
      long accepted = System.nanoTime();
      long sent = 0;
      long delivered;
      while (true) {
        String batch = BenchHttp.get(base + "/api/v1/messages/" + batchId + "?size=1", token, 200);
        int waiting = count(batch, "queued") + count(batch, "sending") + count(batch, "scheduled");
        if (sent == 0 && waiting == 0) {
          sent = System.nanoTime();
        }
        if (waiting == 0 && count(batch, "sent") == 0) {
          delivered = System.nanoTime();
          if (count(batch, "delivered") != recipients) {
            throw new IllegalStateException("not all delivered: " + batch);
          }
          break;
        }
        Thread.sleep(50);
      }
      System.out.printf(
          "run %d: %,d recipients  accepted %,d ms  all sent %,d ms  all delivered %,d ms%n",
          run,
          recipients,
          (accepted - start) / 1_000_000,
          (sent - start) / 1_000_000,
          (delivered - start) / 1_000_000);
    }
  }

  private static int count(String batch, String status) {
    Matcher m = Pattern.compile("\"" + status + "\":(\\d+)").matcher(batch);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
