package kr.academy.workers.listeners;

import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import kr.academy.jobs.JobQueue;
import kr.academy.platform.tracing.Tracing;
import kr.academy.workers.JobRunner;

/**
 * What every queue's message-driven bean is: the queue it listens on and a hand-off to {@link
 * JobRunner}. Beans run without a container transaction: the runner commits the job's state in
 * short transactions of its own, and the adapter deletes the message when {@code onMessage} returns
 * normally. Each bean class declares {@code NOT_SUPPORTED} itself; Liberty does not apply this
 * class's attribute to its subclasses' deliveries, and ran every job inside one transaction.
 */
abstract class QueueListener implements MessageListener {

  @Inject JobRunner runner;

  private final JobQueue queue;

  QueueListener(JobQueue queue) {
    this.queue = queue;
  }

  @Override
  public void onMessage(Message message) {
    try {
      String body = message instanceof TextMessage text ? text.getText() : null;
      int deliveries =
          message.propertyExists("JMSXDeliveryCount")
              ? message.getIntProperty("JMSXDeliveryCount")
              : 1;
      String traceParent =
          message.propertyExists(Tracing.PARENT_ATTRIBUTE)
              ? message.getStringProperty(Tracing.PARENT_ATTRIBUTE)
              : null;
      runner.deliver(queue, body, deliveries, traceParent);
    } catch (JMSException e) {
      throw new IllegalStateException("unreadable message on " + queue, e);
    }
  }
}
