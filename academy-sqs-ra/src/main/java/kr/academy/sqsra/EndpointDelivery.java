package kr.academy.sqsra;

import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Method;

/**
 * One message through a message endpoint, as Connectors prescribes: beforeDelivery, onMessage,
 * afterDelivery (the commit) when the factory says the delivery is transacted, onMessage alone
 * otherwise. The outcome says whether the message may be deleted: only if onMessage returned
 * normally, the transaction was not marked rollback-only and afterDelivery did not throw.
 */
final class EndpointDelivery {

  static final Method ON_MESSAGE;

  static {
    try {
      ON_MESSAGE = MessageListener.class.getMethod("onMessage", Message.class);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final TransactionSynchronizationRegistry registry;
  private final boolean transacted;

  EndpointDelivery(MessageEndpointFactory factory, TransactionSynchronizationRegistry registry)
      throws ResourceException {
    this.registry = registry;
    try {
      this.transacted = factory.isDeliveryTransacted(ON_MESSAGE);
    } catch (NoSuchMethodException e) {
      throw new ResourceException("Endpoint does not implement MessageListener.onMessage", e);
    }
  }

  boolean transacted() {
    return transacted;
  }

  /** Delivers {@code message}; null when it may be deleted, else why it must stay on the queue. */
  Throwable deliver(Message message, MessageEndpoint endpoint) {
    try {
      if (!transacted) {
        ((MessageListener) endpoint).onMessage(message);
        return null;
      }
      endpoint.beforeDelivery(ON_MESSAGE);
      Throwable failure = null;
      try {
        ((MessageListener) endpoint).onMessage(message);
        if (rollbackOnly()) {
          failure = new IllegalStateException("transaction marked rollback-only");
        }
      } catch (Throwable t) {
        failure = t;
      } finally {
        try {
          endpoint.afterDelivery();
        } catch (Throwable t) {
          if (failure == null) {
            failure = t;
          } else {
            failure.addSuppressed(t);
          }
        }
      }
      return failure;
    } catch (Throwable t) {
      return t;
    }
  }

  private boolean rollbackOnly() {
    if (registry == null) {
      return false;
    }
    try {
      return registry.getRollbackOnly();
    } catch (IllegalStateException noTransaction) {
      return false;
    }
  }
}
