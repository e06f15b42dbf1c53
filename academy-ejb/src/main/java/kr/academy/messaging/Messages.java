package kr.academy.messaging;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import kr.academy.common.DomainException;
import kr.academy.common.UniqueViolation;

/**
 * The API's door to sending texts. Owns no transaction, so that a lost race on an {@code
 * Idempotency-Key} can be answered from a fresh one (as {@code Jobs} does for jobs).
 */
@ApplicationScoped
public class Messages {

  static final int KEY_MAX = 100;

  /** A batch and whether this request created it or repeated an earlier one. */
  public record Sent(MessageBatch batch, boolean repeated) {}

  @Inject MessageBatches batches;

  public Sent send(MessageRequest request) {
    String key = request.idempotencyKey();
    if (key != null && key.length() > KEY_MAX) {
      throw DomainException.invalid(
          "Idempotency-Key", "Idempotency-Key must be at most " + KEY_MAX + " characters");
    }
    if (key != null) {
      Optional<MessageBatch> earlier = batches.findByIdempotencyKey(key);
      if (earlier.isPresent()) {
        return repeated(earlier.get(), request);
      }
    }
    try {
      return new Sent(batches.create(request), false);
    } catch (EJBException e) {
      Optional<MessageBatch> raced =
          key != null && UniqueViolation.causedBy(e)
              ? batches.findByIdempotencyKey(key)
              : Optional.empty();
      return repeated(raced.orElseThrow(() -> e), request);
    }
  }

  private static Sent repeated(MessageBatch batch, MessageRequest request) {
    if (!batch.requestHash().equals(request.fingerprint())) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "IDEMPOTENCY_KEY_REUSED",
          "this Idempotency-Key was used for a different request (batch " + batch.batchId() + ")");
    }
    return new Sent(batch, true);
  }
}
