package kr.academy.sqsra;

import jakarta.jms.JMSException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkAdapter;
import jakarta.resource.spi.work.WorkEvent;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Timer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * One inbound activation: exactly {@code maxConcurrency} {@link ConsumerLoop}s, each a {@link Work}
 * on the container's {@link WorkManager}, consuming one queue for one message endpoint factory.
 *
 * <p>Each loop delivers a message ({@link EndpointDelivery}), then
 *
 * <ul>
 *   <li>DeleteMessage only when onMessage returned normally, the transaction was not marked
 *       rollback-only and afterDelivery (the commit) succeeded;
 *   <li>otherwise ChangeMessageVisibility to {@code min(failureBackoffSeconds * receiveCount,
 *       maxFailureBackoffSeconds)}: SQS redelivers after the back-off, and after the queue's
 *       maxReceiveCount its redrive policy moves the message to the DLQ.
 * </ul>
 *
 * <p>While a loop holds a message, {@link VisibilityRenewal} keeps it invisible. Since a loop
 * delivers its messages one after another, at most {@code maxConcurrency} deliveries run at once
 * (and at most {@code maxConcurrency * maxMessages} messages are held invisible).
 *
 * <p>When the spec names a {@code slotGroup}, each delivery also needs a slot of the group's {@link
 * WeightedSlots}, asked for only once a message is in hand: a queue with nothing to deliver never
 * holds a slot, and a received message waits for its slot kept invisible by the renewal.
 */
final class QueueActivation {

  private static final Logger LOG = Logger.getLogger(QueueActivation.class.getName());

  private final WorkManager workManager;
  private final MessageEndpointFactory factory;
  private final SqsActivationSpec spec;
  private final String description;
  private final int concurrency;
  private final long shutdownTimeoutMillis;
  private final SqsQueue queue;
  private final EndpointDelivery delivery;
  private final VisibilityRenewal renewal;
  private final SlotGroups slotGroups;
  private final ActivationMBean mbean = new ActivationMBean(this);
  private volatile WeightedSlots.Member slot;

  private final CountDownLatch loopsEnded;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Object pauseLock = new Object();
  private volatile boolean running;

  QueueActivation(
      SqsClient sqs,
      BootstrapContext context,
      MessageEndpointFactory factory,
      SqsActivationSpec spec,
      SlotGroups slotGroups)
      throws ResourceException {
    this.workManager = context.getWorkManager();
    this.factory = factory;
    this.spec = spec;
    this.description = spec.toString();
    this.slotGroups = slotGroups;
    this.concurrency = spec.getMaxConcurrency();
    this.shutdownTimeoutMillis = TimeUnit.SECONDS.toMillis(spec.getShutdownTimeoutSeconds());
    this.loopsEnded = new CountDownLatch(concurrency);
    this.queue = new SqsQueue(sqs, spec, this::isRunning);
    this.delivery = new EndpointDelivery(factory, registry(context));
    this.renewal =
        new VisibilityRenewal(
            queue,
            spec.getVisibilityTimeoutSeconds(),
            spec.getVisibilityRenewalSeconds(),
            timer(context));
  }

  private static TransactionSynchronizationRegistry registry(BootstrapContext context) {
    try {
      return context.getTransactionSynchronizationRegistry();
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** The container's timer for the adapter's periodic work; a daemon timer of our own if none. */
  private Timer timer(BootstrapContext context) {
    try {
      return context.createTimer();
    } catch (ResourceException | RuntimeException e) {
      LOG.log(Level.FINE, "No container timer; renewing visibility on a timer of our own", e);
      return new Timer("sqs-visibility " + description, true);
    }
  }

  /** Schedules the consumer loops; on a refused Work, stops those already running. */
  void start() throws ResourceException {
    if (spec.hasSlotGroup()) {
      try {
        slot =
            slotGroups.join(
                spec.getSlotGroup().trim(),
                spec.getSlotGroupSize(),
                spec.queueLabel(),
                spec.getSlotWeight());
      } catch (IllegalArgumentException e) {
        throw new ResourceException("Cannot activate " + description + ": " + e.getMessage(), e);
      }
    }
    running = true;
    renewal.start();
    for (int i = 0; i < concurrency; i++) {
      try {
        workManager.scheduleWork(
            new ConsumerLoop(this, queue, renewal, i),
            WorkManager.INDEFINITE,
            null,
            new WorkAdapter() {
              @Override
              public void workRejected(WorkEvent e) {
                LOG.log(
                    Level.SEVERE, "SQS consumer loop rejected: " + description, e.getException());
                loopEnded();
              }
            });
      } catch (WorkException e) {
        for (int j = i; j < concurrency; j++) {
          loopEnded();
        }
        signalStop();
        awaitStopped();
        throw new ResourceException("Cannot start SQS consumer loops for " + description, e);
      }
    }
    mbean.register();
    LOG.info(
        () -> "SQS endpoint activated: " + description + ", transacted=" + delivery.transacted());
  }

  /** Asks every loop to end after its current delivery; returns at once. */
  void signalStop() {
    running = false;
    WeightedSlots.Member s = slot;
    if (s != null) {
      s.close();
    }
    synchronized (pauseLock) {
      pauseLock.notifyAll();
    }
  }

  /**
   * Waits (bounded by shutdownTimeoutSeconds) until every loop has ended, then stops renewing
   * visibility.
   */
  boolean awaitStopped() {
    try {
      if (loopsEnded.await(shutdownTimeoutMillis, TimeUnit.MILLISECONDS)) {
        LOG.info(() -> "SQS endpoint deactivated: " + description);
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      renewal.stop();
      mbean.unregister();
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

  MessageEndpointFactory factory() {
    return factory;
  }

  SqsActivationSpec spec() {
    return spec;
  }

  void loopEnded() {
    loopsEnded.countDown();
  }

  /**
   * One delivery, counted in flight, in the slot {@link #acquireSlot()} granted for it: the slot is
   * released as soon as the endpoint returns, before the message is deleted or backed off, so it
   * bounds the deliveries and not the SQS round trips. Null when the message may be deleted.
   */
  Throwable deliver(String url, Message message, MessageEndpoint endpoint) {
    inFlight.incrementAndGet();
    try {
      return delivery.deliver(JmsMessages.toJms(url, message), endpoint);
    } catch (JMSException | RuntimeException e) {
      return e;
    } finally {
      inFlight.decrementAndGet();
      releaseSlot();
    }
  }

  /**
   * Waits for a slot of the activation's slot group (at once when it has none); false when the
   * activation stops first. A true must be followed by {@link #deliver}, which releases the slot.
   */
  boolean acquireSlot() {
    WeightedSlots.Member s = slot;
    if (s == null) {
      return running;
    }
    try {
      return s.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
      return false;
    }
  }

  private void releaseSlot() {
    WeightedSlots.Member s = slot;
    if (s != null) {
      s.release();
    }
  }

  /** The queue had nothing: the slot group gives this activation no credit for the time idle. */
  void queueEmpty() {
    WeightedSlots.Member s = slot;
    if (s != null) {
      s.idle();
    }
  }

  /** Waits up to {@code millis}, or until the activation is stopped. */
  void pause(long millis) {
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
}
