package kr.academy.sqsra;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
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
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/** An ElasticMQ on a free local port, an admin client for it, and adapters pointed at it. */
final class EmbeddedSqs implements AutoCloseable {

  private static final String HOST = "127.0.0.1";

  private final SQSRestServer server;
  final URI endpoint;
  final SqsClient admin;

  EmbeddedSqs() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    server =
        SQSRestServerBuilder.withInterface(HOST)
            .withPort(port)
            .withServerAddress(new NodeAddress("http", HOST, port, ""))
            .withAWSRegion("us-east-1")
            .start();
    server.waitUntilStarted();
    endpoint = URI.create("http://" + HOST + ":" + port);
    admin =
        SqsClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  /** A started adapter on this server, with fake container pieces. */
  SqsResourceAdapter adapter(Fakes.Context context) throws Exception {
    SqsResourceAdapter adapter = new SqsResourceAdapter();
    adapter.setEndpoint(endpoint.toString());
    adapter.setRegion("us-east-1");
    adapter.setAccessKey("x");
    adapter.setSecretKey("x");
    adapter.start(context);
    return adapter;
  }

  String createQueue(String name) {
    return admin.createQueue(b -> b.queueName(name)).queueUrl();
  }

  /** Sends {@code count} messages, ten to a request. */
  void send(String url, String prefix, int count) {
    for (int from = 0; from < count; from += 10) {
      List<SendMessageBatchRequestEntry> batch = new ArrayList<>();
      for (int i = from; i < Math.min(count, from + 10); i++) {
        batch.add(
            SendMessageBatchRequestEntry.builder()
                .id("m" + i)
                .messageBody(prefix + "-" + i)
                .build());
      }
      admin.sendMessageBatch(b -> b.queueUrl(url).entries(batch));
    }
  }

  /** Messages visible now (neither in flight nor delayed). */
  int visible(String url) {
    Map<QueueAttributeName, String> a =
        admin
            .getQueueAttributes(
                b ->
                    b.queueUrl(url)
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
            .attributes();
    return Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
  }

  @Override
  public void close() {
    admin.close();
    server.stopAndWait();
  }
}
