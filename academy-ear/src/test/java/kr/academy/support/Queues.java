package kr.academy.support;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The local SQS server the started server uses (from the stack's env). */
public final class Queues {

  private Queues() {}

  public static SqsClient client() {
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

  /**
   * Takes the message whose body contains {@code text} off the queue (deleting it), receiving until
   * the queue has nothing more to show.
   */
  public static Optional<Message> take(SqsClient sqs, String queue, String text) {
    String url = sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
    for (int round = 0; round < 20; round++) {
      var received =
          sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
              .messages();
      for (Message message : received) {
        if (message.body().contains(text)) {
          sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
          return Optional.of(message);
        }
      }
      if (received.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
