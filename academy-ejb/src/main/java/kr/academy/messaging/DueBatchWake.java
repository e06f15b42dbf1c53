package kr.academy.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import kr.academy.tenancy.AcademySweep;

/**
 * Holds scheduled texts for the platform (SQS delays stop at 15 minutes): the batches of every
 * academy whose wake time has come ({@code due_message_batches()}) are woken, each in its own
 * academy's transaction. The state is in the database, so a restart loses nothing; every process
 * runs the sweep and the batch row lock keeps them apart.
 */
@ApplicationScoped
public class DueBatchWake implements AcademySweep {

  @Inject MessageBatches batches;
  @Inject MessagingConfig config;

  @Override
  public String name() {
    return "message-wake";
  }

  @Override
  public Duration interval() {
    return config.wakeInterval();
  }

  @Override
  public String dueItemsFunction() {
    return "due_message_batches";
  }

  @Override
  public void handle(UUID batch) {
    batches.wake(batch);
  }
}
