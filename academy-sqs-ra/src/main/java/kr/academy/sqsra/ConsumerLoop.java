package kr.academy.sqsra;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.work.Work;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * One consumer loop of an activation, run as a {@link Work}: obtain an endpoint, long-poll
 * ReceiveMessage, deliver each received message in turn, then delete it, or back it off when the
 * delivery failed. Each message stays invisible while the loop holds it ({@link
 * VisibilityRenewal}).
 */
final class ConsumerLoop implements Work {

  private static final Logger LOG = Logger.getLogger(ConsumerLoop.class.getName());

  /** Pause after a failed ReceiveMessage / GetQueueUrl / unavailable endpoint. */
  static final long RETRY_PAUSE_MILLIS = 5_000;

  private final QueueActivation activation;
  private final SqsQueue queue;
  private final VisibilityRenewal renewal;
  private final int index;

  ConsumerLoop(QueueActivation activation, SqsQueue queue, VisibilityRenewal renewal, int index) {
    this.activation = activation;
    this.queue = queue;
    this.renewal = renewal;
    this.index = index;
  }

  @Override
  public void release() {
    // The container asks the work to end (e.g. server shutdown): stop the whole activation.
    activation.signalStop();
  }

  @Override
  public void run() {
    MessageEndpoint endpoint = null;
    try {
      while (activation.isRunning()) {
        String url = queue.url();
        if (url == null) {
          activation.pause(RETRY_PAUSE_MILLIS);
          continue;
        }
        // Obtain the endpoint before receiving, so an unavailable endpoint never costs a
        // receive count (which would push messages toward the DLQ).
        if (endpoint == null) {
          endpoint = createEndpoint();
          if (endpoint == null) {
            activation.pause(RETRY_PAUSE_MILLIS);
            continue;
          }
        }
        List<Message> received = queue.receive();
        if (received == null) {
          activation.pause(RETRY_PAUSE_MILLIS);
          continue;
        }
        if (received.isEmpty()) {
          activation.queueEmpty();
          continue;
        }
        List<VisibilityRenewal.Held> held = received.stream().map(renewal::hold).toList();
        for (int i = 0; i < held.size(); i++) {
          if (!activation.isRunning()) {
            handBack(held.subList(i, held.size()));
            break;
          }
          if (endpoint == null) {
            endpoint = createEndpoint();
            if (endpoint == null) {
              handBack(held.subList(i, held.size()));
              break;
            }
          }
          // The slot is asked for with the message in hand (not before the long poll), so a slot
          // never idles on an empty queue while another queue of the group has work.
          if (!activation.acquireSlot()) {
            handBack(held.subList(i, held.size()));
            break;
          }
          try {
            deliver(url, held.get(i), endpoint);
          } finally {
            // A fresh endpoint per delivery: the container may discard an instance that threw.
            releaseQuietly(endpoint);
            endpoint = null;
          }
        }
      }
    } catch (RuntimeException | Error e) {
      LOG.log(Level.SEVERE, this + " died", e);
      throw e;
    } finally {
      if (endpoint != null) {
        releaseQuietly(endpoint);
      }
      activation.loopEnded();
    }
  }

  private MessageEndpoint createEndpoint() {
    try {
      return activation.factory().createEndpoint(null);
    } catch (UnavailableException e) {
      if (activation.isRunning()) {
        LOG.log(Level.FINE, "Message endpoint unavailable for " + queue, e);
      }
      return null;
    } catch (RuntimeException e) {
      if (activation.isRunning()) {
        LOG.log(Level.WARNING, "Cannot create message endpoint for " + queue, e);
      }
      return null;
    }
  }

  private void deliver(String url, VisibilityRenewal.Held held, MessageEndpoint endpoint) {
    Message message = held.message();
    Throwable failure = activation.deliver(url, message, endpoint);
    if (failure == null) {
      held.delete();
      return;
    }
    int receiveCount = SqsQueue.receiveCount(message);
    int backoff = activation.spec().backoffSeconds(receiveCount);
    LOG.log(
        Level.WARNING,
        "Delivery of SQS message "
            + message.messageId()
            + " (receive "
            + receiveCount
            + ") from "
            + queue
            + " failed; visible again in "
            + backoff
            + " s: "
            + failure,
        failure);
    held.release(backoff);
  }

  /** Received but not delivered (stopping): visible again at once. */
  private static void handBack(List<VisibilityRenewal.Held> held) {
    held.forEach(h -> h.release(0));
  }

  private static void releaseQuietly(MessageEndpoint endpoint) {
    try {
      endpoint.release();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "MessageEndpoint.release failed", e);
    }
  }

  @Override
  public String toString() {
    return "SQS consumer " + index + " of " + queue;
  }
}
