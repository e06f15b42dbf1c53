package kr.academy.jobs.operations.sqs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import kr.academy.jobs.operations.DeadLetters;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@link DeadLetters} through the SQS client. */
@ApplicationScoped
public class SqsDeadLetters implements DeadLetters {

  private static final int BATCH = 10;
  private static final int WAIT_SECONDS = 1;
  private static final int HIDDEN_SECONDS = 60;

  @Inject SqsClient sqs;

  @Override
  public List<Letter> receive(String queue) {
    String url = url(queue);
    return sqs
        .receiveMessage(
            b ->
                b.queueUrl(url)
                    .maxNumberOfMessages(BATCH)
                    .waitTimeSeconds(WAIT_SECONDS)
                    .visibilityTimeout(HIDDEN_SECONDS))
        .messages()
        .stream()
        .map(m -> new Letter(m.messageId(), m.body(), m.receiptHandle()))
        .toList();
  }

  @Override
  public void delete(String queue, Letter letter) {
    String url = url(queue);
    sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(letter.receipt()));
  }

  private String url(String queue) {
    return sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
  }
}
