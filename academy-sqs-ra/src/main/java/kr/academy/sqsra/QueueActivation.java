package kr.academy.sqsra;

import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkAdapter;
import jakarta.resource.spi.work.WorkEvent;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * One inbound activation: exactly {@code maxConcurrency} consumer loops, each a {@link Work} on the
 * container's {@link WorkManager}, consuming one queue for one message endpoint factory.
 *
 * <p>Each loop: obtain an endpoint, long-poll ReceiveMessage, deliver each received message in turn
 * (beforeDelivery / onMessage / afterDelivery when the delivery is transacted), then
 *
 * <ul>
 *   <li>DeleteMessage only when onMessage returned normally, the transaction was not marked
 *       rollback-only and afterDelivery (the commit) succeeded;
 *   <li>otherwise ChangeMessageVisibility to {@code min(failureBackoffSeconds * receiveCount,
 *       maxFailureBackoffSeconds)}: SQS redelivers after the back-off, and after the queue's
 *       maxReceiveCount its redrive policy moves the message to the DLQ.
 * </ul>
 *
 * <p>Since a loop delivers its messages one after another, at most {@code maxConcurrency}
 * deliveries run at once (and at most {@code maxConcurrency * maxMessages} messages are held
 * invisible).
 */
final class QueueActivation {

  private static final Logger LOG = Logger.getLogger(QueueActivation.class.getName());
  static final Method ON_MESSAGE;

  static {
    try {
      ON_MESSAGE = MessageListener.class.getMethod("onMessage", Message.class);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Pause after a failed ReceiveMessage / GetQueueUrl / unavailable endpoint. */
  static final long RETRY_PAUSE_MILLIS = 5_000;

  private final SqsClient sqs;
  private final WorkManager workManager;
  private final TransactionSynchronizationRegistry registry;
  private final MessageEndpointFactory factory;
  private final SqsActivationSpec spec;
  private final String description;
  private final int concurrency;
  private final int visibilityTimeout;
  private final int waitTime;
  private final int maxMessages;
  private final long shutdownTimeoutMillis;
  private final boolean transacted;

  private final CountDownLatch loopsEnded;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Object pauseLock = new Object();
  private volatile boolean running;
  private volatile String queueUrl;

  QueueActivation(
      SqsClient sqs,
      WorkManager workManager,
      TransactionSynchronizationRegistry registry,
      MessageEndpointFactory factory,
      SqsActivationSpec spec)
      throws ResourceException {
    this.sqs = sqs;
    this.workManager = workManager;
    this.registry = registry;
    this.factory = factory;
    this.spec = spec;
    this.description = spec.toString();
    this.concurrency = spec.getMaxConcurrency();
    this.visibilityTimeout = spec.getVisibilityTimeoutSeconds();
    this.waitTime = spec.getWaitTimeSeconds();
    this.maxMessages = spec.getMaxMessages();
    this.shutdownTimeoutMillis = TimeUnit.SECONDS.toMillis(spec.getShutdownTimeoutSeconds());
    this.queueUrl = SqsActivationSpec.isBlank(spec.getQueueUrl()) ? null : spec.getQueueUrl();
    this.loopsEnded = new CountDownLatch(concurrency);
    try {
      this.transacted = factory.isDeliveryTransacted(ON_MESSAGE);
    } catch (NoSuchMethodException e) {
      throw new ResourceException("Endpoint does not implement MessageListener.onMessage", e);
    }
  }

  /** Schedules the consumer loops; on a refused Work, stops those already running. */
  void start() throws ResourceException {
    running = true;
    for (int i = 0; i < concurrency; i++) {
      try {
        workManager.scheduleWork(
            new ConsumerLoop(i),
            WorkManager.INDEFINITE,
            null,
            new WorkAdapter() {
              @Override
              public void workRejected(WorkEvent e) {
                LOG.log(
                    Level.SEVERE, "SQS consumer loop rejected: " + description, e.getException());
                loopsEnded.countDown();
              }
            });
      } catch (WorkException e) {
        for (int j = i; j < concurrency; j++) {
          loopsEnded.countDown();
        }
        signalStop();
        awaitStopped();
        throw new ResourceException("Cannot start SQS consumer loops for " + description, e);
      }
    }
    LOG.info(() -> "SQS endpoint activated: " + description + ", transacted=" + transacted);
  }

  /** Asks every loop to end after its current delivery; returns at once. */
  void signalStop() {
    running = false;
    synchronized (pauseLock) {
      pauseLock.notifyAll();
    }
  }

  /** Waits (bounded by shutdownTimeoutSeconds) until every loop has ended. */
  boolean awaitStopped() {
    try {
      if (loopsEnded.await(shutdownTimeoutMillis, TimeUnit.MILLISECONDS)) {
        LOG.info(() -> "SQS endpoint deactivated: " + description);
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.warning(
        () ->
            "SQS endpoint "
                + description
                + ": "
                + loopsEnded.getCount()
                + " consumer loop(s) still busy after the shutdown timeout ("
                + inFlight.get()
                + " deliveries in flight); their messages return to the queue after the"
                + " visibility timeout");
    return false;
  }

  boolean isRunning() {
    return running;
  }

  /** Deliveries currently inside onMessage (or its transaction). */
  int inFlight() {
    return inFlight.get();
  }

  private final class ConsumerLoop implements Work {
    private final int index;

    ConsumerLoop(int index) {
      this.index = index;
    }

    @Override
    public void release() {
      // The container asks the work to end (e.g. server shutdown): stop the whole activation.
      signalStop();
    }

    @Override
    public void run() {
      MessageEndpoint endpoint = null;
      try {
        while (running) {
          String url = resolveQueueUrl();
          if (url == null) {
            pause(RETRY_PAUSE_MILLIS);
            continue;
          }
          // Obtain the endpoint before receiving, so an unavailable endpoint never costs a
          // receive count (which would push messages toward the DLQ).
          if (endpoint == null) {
            endpoint = createEndpoint();
            if (endpoint == null) {
              pause(RETRY_PAUSE_MILLIS);
              continue;
            }
          }
          List<software.amazon.awssdk.services.sqs.model.Message> messages = receive(url);
          if (messages == null) {
            pause(RETRY_PAUSE_MILLIS);
            continue;
          }
          for (int i = 0; i < messages.size(); i++) {
            if (!running) {
              returnToQueue(url, messages.subList(i, messages.size()));
              break;
            }
            if (endpoint == null) {
              endpoint = createEndpoint();
              if (endpoint == null) {
                returnToQueue(url, messages.subList(i, messages.size()));
                break;
              }
            }
            try {
              deliver(url, messages.get(i), endpoint);
            } finally {
              // A fresh endpoint per delivery: the container may discard an instance that threw.
              releaseQuietly(endpoint);
              endpoint = null;
            }
          }
        }
      } catch (RuntimeException | Error e) {
        LOG.log(Level.SEVERE, "SQS consumer loop " + index + " of " + description + " died", e);
        throw e;
      } finally {
        if (endpoint != null) {
          releaseQuietly(endpoint);
        }
        loopsEnded.countDown();
      }
    }

    @Override
    public String toString() {
      return "SQS consumer " + index + " of " + description;
    }
  }

  private String resolveQueueUrl() {
    String url = queueUrl;
    if (url != null) {
      return url;
    }
    try {
      url = sqs.getQueueUrl(b -> b.queueName(spec.getQueueName().trim())).queueUrl();
      queueUrl = url;
      return url;
    } catch (RuntimeException e) {
      if (running) {
        LOG.log(Level.WARNING, "Cannot resolve SQS queue " + spec.getQueueName() + ": " + e, e);
      }
      return null;
    }
  }

  private MessageEndpoint createEndpoint() {
    try {
      return factory.createEndpoint(null);
    } catch (UnavailableException e) {
      if (running) {
        LOG.log(Level.FINE, "Message endpoint unavailable for " + description, e);
      }
      return null;
    } catch (RuntimeException e) {
      if (running) {
        LOG.log(Level.WARNING, "Cannot create message endpoint for " + description, e);
      }
      return null;
    }
  }

  /** Messages received, or null after a failure (already logged). */
  @SuppressWarnings("deprecation") // attributeNames: ElasticMQ and older SQS read only this field
  private List<software.amazon.awssdk.services.sqs.model.Message> receive(String url) {
    try {
      return sqs.receiveMessage(
              b ->
                  b.queueUrl(url)
                      .maxNumberOfMessages(maxMessages)
                      .waitTimeSeconds(waitTime)
                      .visibilityTimeout(visibilityTimeout)
                      .attributeNamesWithStrings("ApproximateReceiveCount")
                      .messageSystemAttributeNames(
                          MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)
                      .messageAttributeNames("All"))
          .messages();
    } catch (RuntimeException e) {
      if (running) {
        LOG.log(Level.WARNING, "ReceiveMessage failed for " + description + ": " + e, e);
      }
      return null;
    }
  }

  private void deliver(
      String url,
      software.amazon.awssdk.services.sqs.model.Message sqsMessage,
      MessageEndpoint endpoint) {
    int receiveCount = receiveCount(sqsMessage);
    Throwable failure = null;
    inFlight.incrementAndGet();
    try {
      Message jms = JmsMessages.toJms(url, sqsMessage);
      if (transacted) {
        endpoint.beforeDelivery(ON_MESSAGE);
        try {
          ((MessageListener) endpoint).onMessage(jms);
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
      } else {
        ((MessageListener) endpoint).onMessage(jms);
      }
    } catch (Throwable t) {
      failure = t;
    } finally {
      inFlight.decrementAndGet();
    }
    if (failure == null) {
      delete(url, sqsMessage);
    } else {
      int backoff = spec.backoffSeconds(receiveCount);
      LOG.log(
          Level.WARNING,
          "Delivery of SQS message "
              + sqsMessage.messageId()
              + " (receive "
              + receiveCount
              + ") from "
              + description
              + " failed; visible again in "
              + backoff
              + " s: "
              + failure,
          failure);
      changeVisibility(url, sqsMessage, backoff);
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

  static int receiveCount(software.amazon.awssdk.services.sqs.model.Message m) {
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

  private void delete(String url, software.amazon.awssdk.services.sqs.model.Message m) {
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

  private void changeVisibility(
      String url, software.amazon.awssdk.services.sqs.model.Message m, int seconds) {
    try {
      sqs.changeMessageVisibility(
          b -> b.queueUrl(url).receiptHandle(m.receiptHandle()).visibilityTimeout(seconds));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "ChangeMessageVisibility failed for SQS message "
              + m.messageId()
              + "; it returns after the visibility timeout: "
              + e,
          e);
    }
  }

  /** Received but not delivered (stopping): visible again at once. */
  private void returnToQueue(
      String url, List<software.amazon.awssdk.services.sqs.model.Message> messages) {
    for (software.amazon.awssdk.services.sqs.model.Message m : messages) {
      changeVisibility(url, m, 0);
    }
  }

  private void pause(long millis) {
    synchronized (pauseLock) {
      if (running) {
        try {
          pauseLock.wait(millis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
    }
  }

  private static void releaseQuietly(MessageEndpoint endpoint) {
    try {
      endpoint.release();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "MessageEndpoint.release failed", e);
    }
  }
}
