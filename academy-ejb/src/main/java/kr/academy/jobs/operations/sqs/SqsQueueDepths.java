package kr.academy.jobs.operations.sqs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kr.academy.jobs.operations.QueueDepths;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@link QueueDepths} through {@code GetQueueAttributes} on the process's SQS client; a queue's URL
 * is looked up once.
 */
@ApplicationScoped
public class SqsQueueDepths implements QueueDepths {

  @Inject SqsClient sqs;

  private final Map<String, String> urls = new ConcurrentHashMap<>();

  @Override
  public Depth depth(String queue) {
    String url =
        urls.computeIfAbsent(queue, name -> sqs.getQueueUrl(b -> b.queueName(name)).queueUrl());
    Map<QueueAttributeName, String> attributes =
        sqs.getQueueAttributes(
                b ->
                    b.queueUrl(url)
                        .attributeNames(
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
            .attributes();
    return new Depth(
        count(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
        count(attributes, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
  }

  private static long count(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
    return Long.parseLong(attributes.getOrDefault(name, "0"));
  }
}
