package kr.academy.sqsra;

import com.amazon.sqs.javamessaging.acknowledge.Acknowledger;
import com.amazon.sqs.javamessaging.acknowledge.SQSMessageIdentifier;
import com.amazon.sqs.javamessaging.message.SQSBytesMessage;
import com.amazon.sqs.javamessaging.message.SQSMessage;
import com.amazon.sqs.javamessaging.message.SQSObjectMessage;
import com.amazon.sqs.javamessaging.message.SQSTextMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.List;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Converts a received SQS message to a JMS message with the SQS Java Messaging Library's message
 * classes, so messages sent through its JMS producer (typed properties, bytes and object bodies)
 * read back as sent: text unless the {@code JMS_SQSMessageType} attribute says otherwise; message
 * attributes become properties; {@code JMSXDeliveryCount} is the ApproximateReceiveCount; the
 * JMSMessageID is {@code ID:<SQS message id>}.
 */
final class JmsMessages {

  private JmsMessages() {}

  /** Acknowledgement belongs to the adapter (delete after commit): message.acknowledge() no-ops. */
  static final Acknowledger NO_ACK =
      new Acknowledger() {
        @Override
        public void acknowledge(SQSMessage message) {}

        @Override
        public void notifyMessageReceived(SQSMessage message) {}

        @Override
        public List<SQSMessageIdentifier> getUnAckMessages() {
          return List.of();
        }

        @Override
        public void forgetUnAckMessages() {}
      };

  static Message toJms(String queueUrl, software.amazon.awssdk.services.sqs.model.Message m)
      throws JMSException {
    MessageAttributeValue type = m.messageAttributes().get(SQSMessage.JMS_SQS_MESSAGE_TYPE);
    String kind = type == null ? SQSMessage.TEXT_MESSAGE_TYPE : type.stringValue();
    SQSMessage message;
    if (SQSMessage.BYTE_MESSAGE_TYPE.equals(kind)) {
      message = new SQSBytesMessage(NO_ACK, queueUrl, m);
    } else if (SQSMessage.OBJECT_MESSAGE_TYPE.equals(kind)) {
      message = new SQSObjectMessage(NO_ACK, queueUrl, m);
    } else {
      message = new SQSTextMessage(NO_ACK, queueUrl, m);
    }
    message.setJMSMessageID("ID:" + m.messageId());
    return message;
  }
}
