package kr.academy.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import kr.academy.common.IdempotentRequests;

/**
 * The API's door to sending texts. Owns no transaction, so that a lost race on an {@code
 * Idempotency-Key} can be answered from a fresh one ({@link IdempotentRequests}).
 */
@ApplicationScoped
public class Messages {

  /** A batch and whether this request created it or repeated an earlier one. */
  public record Sent(MessageBatch batch, boolean repeated) {}

  @Inject MessageBatches batches;
  @Inject IdempotentRequests idempotency;

  public Sent send(MessageRequest request) {
    IdempotentRequests.Outcome<MessageBatch> outcome =
        idempotency.submit(
            request.idempotencyKey(),
            new IdempotentRequests.Door<>() {
              @Override
              public Optional<MessageBatch> findByKey(String key) {
                return batches.findByIdempotencyKey(key);
              }

              @Override
              public MessageBatch create() {
                return batches.create(request);
              }

              @Override
              public boolean sameRequest(MessageBatch earlier) {
                return earlier.requestHash().equals(request.fingerprint());
              }

              @Override
              public String describe(MessageBatch earlier) {
                return "batch " + earlier.batchId();
              }
            });
    return new Sent(outcome.value(), outcome.repeated());
  }
}
