package kr.academy.jobs.outbox.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.academy.jobs.outbox.QueueSender;

/**
 * {@link QueueSender} through the resource adapter's JMS connection factory ({@code
 * jms/academySqs}). Sends are immediate and not transactional: callers that need "only if
 * committed" go through the outbox.
 */
@ApplicationScoped
public class JmsQueueSender implements QueueSender {

  private static final Logger LOG = Logger.getLogger(JmsQueueSender.class.getName());

  @Resource(lookup = "jms/academySqs")
  ConnectionFactory connections;

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
        producer.send(session.createTextMessage(message.body()));
        sent++;
      }
    } catch (JMSException | RuntimeException e) {
      LOG.log(Level.WARNING, "sent " + sent + " of " + messages.size() + " messages to SQS", e);
    }
    return sent;
  }
}
