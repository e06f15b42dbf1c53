package kr.academy.sqsra;

import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Keeps the messages an activation holds invisible for as long as it holds them: every {@code
 * visibilityRenewalSeconds}, ChangeMessageVisibility sets each one's visibility timeout back to
 * {@code visibilityTimeoutSeconds} from now. So the visibility timeout only has to outlast a
 * renewal period (with room for a failed renewal), not the longest delivery, and the message of a
 * consumer that died without a word (kill -9, a lost instance) is visible again within one
 * visibility timeout instead of one longer than the longest job.
 *
 * <p>A message is held from its receipt until it is deleted, backed off or handed back; that last
 * change and a renewal of the same message never overlap, so a late renewal cannot undo a back-off.
 * With {@code visibilityRenewalSeconds} 0 nothing is renewed (the visibility timeout must then
 * outlast every delivery).
 */
final class VisibilityRenewal {

  private static final Logger LOG = Logger.getLogger(VisibilityRenewal.class.getName());

  private final SqsQueue queue;
  private final int visibilitySeconds;
  private final long periodMillis;
  private final Timer timer;
  private final Set<Held> held = ConcurrentHashMap.newKeySet();

  /** {@code timer} runs the renewals; it is cancelled by {@link #stop}. */
  VisibilityRenewal(SqsQueue queue, int visibilitySeconds, int renewalSeconds, Timer timer) {
    this.queue = queue;
    this.visibilitySeconds = visibilitySeconds;
    this.periodMillis = TimeUnit.SECONDS.toMillis(renewalSeconds);
    this.timer = timer;
  }

  void start() {
    if (periodMillis == 0) {
      return;
    }
    timer.schedule(
        new TimerTask() {
          @Override
          public void run() {
            renewAll();
          }
        },
        periodMillis,
        periodMillis);
  }

  void stop() {
    timer.cancel();
  }

  /** Starts holding a message just received. */
  Held hold(Message message) {
    Held h = new Held(message);
    held.add(h);
    return h;
  }

  private void renewAll() {
    for (Held h : held) {
      try {
        h.renew();
      } catch (RuntimeException e) {
        // A task that throws would end the timer and every later renewal with it.
        LOG.log(Level.WARNING, "Renewing the visibility of an SQS message failed", e);
      }
    }
  }

  /** One message held by a consumer loop. */
  final class Held {
    private final Message message;
    private boolean ended;

    private Held(Message message) {
      this.message = message;
    }

    Message message() {
      return message;
    }

    private synchronized void renew() {
      if (!ended) {
        queue.changeVisibility(message, visibilitySeconds);
      }
    }

    /** Ends the hold: the message was handled and is deleted. */
    synchronized void delete() {
      end();
      queue.delete(message);
    }

    /** Ends the hold: the message is visible again after {@code seconds} (0: at once). */
    synchronized void release(int seconds) {
      end();
      queue.changeVisibility(message, seconds);
    }

    private void end() {
      ended = true;
      held.remove(this);
    }
  }
}
