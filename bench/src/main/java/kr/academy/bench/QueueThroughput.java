package kr.academy.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Messages per second off one queue, with the same local SQS and the same concurrency:
 *
 * <ul>
 *   <li>{@code fill QUEUE N}: puts N probe messages on the queue (its consumer paused);
 *   <li>{@code drain QUEUE 0}: started before the consumer (the adapter and a message-driven bean)
 *       is resumed; times from the first message taken to an empty queue;
 *   <li>{@code sdk QUEUE N THREADS}: fills a queue nobody consumes, then empties it with THREADS
 *       plain SDK receive(1)/delete loops, the adapter's own shape, and prints N / elapsed.
 * </ul>
 *
 * Endpoint and keys come from the stack's ACADEMY_SQS_* environment.
 */
public final class QueueThroughput {

  public static void main(String[] args) throws Exception {
    try (SqsClient sqs = client()) {
      String queue = args[1];
      int count = Integer.parseInt(args[2]);
      switch (args[0]) {
        case "fill" -> fill(sqs, url(sqs, queue), count);
        case "drain" -> drain(sqs, url(sqs, queue));
        case "sdk" -> sdk(sqs, queue, count, Integer.parseInt(args[3]));
        default -> throw new IllegalArgumentException(args[0]);
      }
    }
  }

  private static void fill(SqsClient sqs, String url, int count) {
    for (int sent = 0; sent < count; sent += 10) {
      List<SendMessageBatchRequestEntry> batch = new ArrayList<>();
      for (int i = 0; i < 10 && sent + i < count; i++) {
        batch.add(
            SendMessageBatchRequestEntry.builder()
                .id(Integer.toString(i))
                .messageBody("{\"probe\":\"bench-" + UUID.randomUUID() + "\"}")
                .build());
      }
      sqs.sendMessageBatch(b -> b.queueUrl(url).entries(batch));
    }
  }

  /** Times from the first message gone (the consumer is back) to an empty queue. */
  private static void drain(SqsClient sqs, String url) throws InterruptedException {
    long initial = depth(sqs, url);
    long left = initial;
    while (left >= initial) {
      Thread.sleep(50);
      left = depth(sqs, url);
    }
    long start = System.nanoTime();
    while (depth(sqs, url) > 0) {
      Thread.sleep(50);
    }
    report("adapter into a message-driven bean", left, start);
  }

  private static void sdk(SqsClient sqs, String queue, int count, int threads) throws Exception {
    String url = sqs.createQueue(b -> b.queueName(queue)).queueUrl();
    fill(sqs, url, count);
    AtomicInteger left = new AtomicInteger(count);
    List<Thread> loops = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Thread loop =
          new Thread(
              () -> {
                while (left.get() > 0) {
                  List<Message> got =
                      sqs.receiveMessage(
                              b -> b.queueUrl(url).maxNumberOfMessages(1).waitTimeSeconds(1))
                          .messages();
                  for (Message m : got) {
                    sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
                    left.decrementAndGet();
                  }
                }
              });
      loop.start();
      loops.add(loop);
    }
    for (Thread loop : loops) {
      loop.join();
    }
    report("plain SDK, " + threads + " loops", count, start);
    sqs.deleteQueue(b -> b.queueUrl(url));
  }

  private static long depth(SqsClient sqs, String url) {
    Map<QueueAttributeName, String> attributes =
        sqs.getQueueAttributes(
                b ->
                    b.queueUrl(url)
                        .attributeNames(
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
            .attributes();
    return Long.parseLong(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
        + Long.parseLong(
            attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
  }

  private static void report(String what, long count, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%s: %d messages in %.2f s = %.0f msg/s%n", what, count, seconds, count / seconds);
  }

  private static String url(SqsClient sqs, String queue) {
    return sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
  }

  private static SqsClient client() {
    return SqsClient.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .endpointOverride(URI.create(System.getenv("ACADEMY_SQS_ENDPOINT")))
        .region(Region.of(System.getenv("ACADEMY_SQS_REGION")))
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    System.getenv("ACADEMY_SQS_ACCESS_KEY"),
                    System.getenv("ACADEMY_SQS_SECRET_KEY"))))
        .build();
  }
}
