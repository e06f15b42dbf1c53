package kr.academy.localstack;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * ElasticMQ on loopback with the platform's queues, each with its dead-letter queue.
 *
 * <p>ElasticMQ keeps queues and messages in memory: they are recreated on every start, and messages
 * still queued when the process stops are gone.
 */
final class SqsServer implements AutoCloseable {

  static final List<String> QUEUES =
      List.of(
          "academy-video-jobs",
          "academy-ai-jobs-lite",
          "academy-ai-jobs-basic",
          "academy-ai-jobs-premium",
          "academy-messaging-jobs",
          "academy-excel-jobs");
  static final String DLQ_SUFFIX = "-dlq";
  static final int MAX_RECEIVE_COUNT = 3;

  private final SQSRestServer server;
  private final URI endpoint;

  private SqsServer(SQSRestServer server, URI endpoint) {
    this.server = server;
    this.endpoint = endpoint;
  }

  static SqsServer start(int port) {
    SQSRestServer server =
        SQSRestServerBuilder.withInterface(LocalStack.HOST)
            .withPort(port)
            // Queue URLs returned to clients are built from this address.
            .withServerAddress(new NodeAddress("http", LocalStack.HOST, port, ""))
            .withAWSRegion(LocalStack.REGION)
            .start();
    SqsServer sqs = new SqsServer(server, URI.create("http://" + LocalStack.HOST + ":" + port));
    try {
      server.waitUntilStarted();
      sqs.createQueues();
    } catch (RuntimeException e) {
      sqs.close();
      throw e;
    }
    return sqs;
  }

  URI endpoint() {
    return endpoint;
  }

  /** Creates every queue after its DLQ (CreateQueue with unchanged attributes is idempotent). */
  private void createQueues() {
    try (SqsClient sqs = client(endpoint)) {
      for (String queue : QUEUES) {
        String dlqUrl = sqs.createQueue(b -> b.queueName(queue + DLQ_SUFFIX)).queueUrl();
        String dlqArn =
            sqs.getQueueAttributes(
                    b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        String redrivePolicy =
            "{\"deadLetterTargetArn\":\""
                + dlqArn
                + "\",\"maxReceiveCount\":\""
                + MAX_RECEIVE_COUNT
                + "\"}";
        sqs.createQueue(
            b ->
                b.queueName(queue)
                    .attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, redrivePolicy)));
      }
    }
  }

  /** A client for ElasticMQ, which accepts any credentials. */
  static SqsClient client(URI endpoint) {
    return SqsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.of(LocalStack.REGION))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  @Override
  public void close() {
    server.stopAndWait();
  }
}
