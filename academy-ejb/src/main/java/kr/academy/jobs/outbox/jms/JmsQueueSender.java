package kr.academy.jobs.outbox.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.academy.jobs.outbox.QueueSender;
import kr.academy.platform.tracing.Tracing;

/**
 * {@link QueueSender} through the resource adapter's JMS connection factory ({@code
 * jms/academySqs}). Sends are immediate and not transactional: callers that need "only if
 * committed" go through the outbox.
 *
 * <p>A message sent within a trace is sent in a PRODUCER span of that trace, whose context travels
 * as the string property {@link Tracing#PARENT_ATTRIBUTE}: the SQS Java Messaging Library sends it
 * as a message attribute, and the adapter hands it to the worker as a property again.
 */
@ApplicationScoped
public class JmsQueueSender implements QueueSender {

  private static final Logger LOG = Logger.getLogger(JmsQueueSender.class.getName());

  @Resource(lookup = "jms/academySqs")
  ConnectionFactory connections;

  @Inject Tracing tracing;

  @Override
  public int send(List<Outgoing> messages) {
    int sent = 0;
    try (Connection connection = connections.createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
      Map<String, MessageProducer> producers = new HashMap<>();
      for (Outgoing message : messages) {
        MessageProducer producer = producers.get(message.queue());
        if (producer == null) {
          producer = session.createProducer(session.createQueue(message.queue()));
          producers.put(message.queue(), producer);
        }
        send(session, producer, message);
        sent++;
      }
    } catch (JMSException | RuntimeException e) {
      LOG.log(Level.WARNING, "sent " + sent + " of " + messages.size() + " messages to SQS", e);
    }
    return sent;
  }

  private void send(Session session, MessageProducer producer, Outgoing message)
      throws JMSException {
    TextMessage text = session.createTextMessage(message.body());
    if (message.traceParent() == null) {
      producer.send(text);
      return;
    }
    try (Tracing.Span span =
        tracing.producer(
            message.queue() + " publish",
            message.traceParent(),
            Map.of(
                "messaging.system", "aws_sqs",
                "messaging.operation.type", "send",
                "messaging.destination.name", message.queue()))) {
      String parent = span.traceParent();
      if (parent != null) {
        text.setStringProperty(Tracing.PARENT_ATTRIBUTE, parent);
      }
      try {
        producer.send(text);
      } catch (JMSException | RuntimeException e) {
        span.failed(e);
        throw e;
      }
    }
  }
}
