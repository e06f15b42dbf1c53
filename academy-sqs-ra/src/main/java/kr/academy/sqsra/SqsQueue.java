package kr.academy.sqsra;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The SQS calls of one activation's queue: resolving its URL, receiving, deleting, and changing a
 * message's visibility. Failures are logged here (quietly while the activation stops) and answered
 * with null or false, so the consumer loops decide what to do without the SDK's exceptions.
 */
final class SqsQueue {

  private static final Logger LOG = Logger.getLogger(SqsQueue.class.getName());

  private final SqsClient sqs;
  private final SqsActivationSpec spec;
  private final String description;
  private final BooleanSupplier running;
  private volatile String url;

  SqsQueue(SqsClient sqs, SqsActivationSpec spec, BooleanSupplier running) {
    this.sqs = sqs;
    this.spec = spec;
    this.description = spec.toString();
    this.running = running;
    this.url = SqsActivationSpec.isBlank(spec.getQueueUrl()) ? null : spec.getQueueUrl();
  }

  /** The queue's URL, looked up once by name (GetQueueUrl); null after a failure (logged). */
  String url() {
    String resolved = url;
    if (resolved != null) {
      return resolved;
    }
    try {
      resolved = sqs.getQueueUrl(b -> b.queueName(spec.getQueueName().trim())).queueUrl();
      url = resolved;
      return resolved;
    } catch (RuntimeException e) {
      if (running.getAsBoolean()) {
        LOG.log(Level.WARNING, "Cannot resolve SQS queue " + spec.getQueueName() + ": " + e, e);
      }
      return null;
    }
  }

  /** One long poll; the messages received, or null after a failure (logged). */
  @SuppressWarnings("deprecation") // attributeNames: ElasticMQ and older SQS read only this field
  List<Message> receive() {
    try {
      return sqs.receiveMessage(
              b ->
                  b.queueUrl(url)
                      .maxNumberOfMessages(spec.getMaxMessages())
                      .waitTimeSeconds(spec.getWaitTimeSeconds())
                      .visibilityTimeout(spec.getVisibilityTimeoutSeconds())
                      .attributeNamesWithStrings("ApproximateReceiveCount")
                      .messageSystemAttributeNames(
                          MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)
                      .messageAttributeNames("All"))
          .messages();
    } catch (RuntimeException e) {
      if (running.getAsBoolean()) {
        LOG.log(Level.WARNING, "ReceiveMessage failed for " + description + ": " + e, e);
      }
      return null;
    }
  }

  void delete(Message m) {
    try {
      sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
    } catch (RuntimeException e) {
      // Delivered but not deleted: SQS redelivers it (at-least-once); consumers are idempotent.
      LOG.log(
          Level.WARNING,
          "DeleteMessage failed for SQS message " + m.messageId() + " of " + description + ": " + e,
          e);
    }
  }

  /** Makes the message visible again {@code seconds} from now; false after a failure (logged). */
  boolean changeVisibility(Message m, int seconds) {
    try {
      sqs.changeMessageVisibility(
          b -> b.queueUrl(url).receiptHandle(m.receiptHandle()).visibilityTimeout(seconds));
      return true;
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "ChangeMessageVisibility failed for SQS message "
              + m.messageId()
              + " of "
              + description
              + "; it returns after its current visibility timeout: "
              + e,
          e);
      return false;
    }
  }

  static int receiveCount(Message m) {
    String count = m.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
    if (count == null) {
      count = m.attributesAsStrings().get("ApproximateReceiveCount");
    }
    try {
      return count == null ? 1 : Integer.parseInt(count);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  @Override
  public String toString() {
    return description;
  }
}
