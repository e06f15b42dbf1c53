package kr.academy.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} door of every API call that creates something: the same key with the
 * same request returns what the first one created; with a different request it is refused, since it
 * cannot mean the same thing. Owns no transaction, so a lost race can be answered from a fresh one:
 * the creation commits on its own, and a unique violation means another request won.
 */
@ApplicationScoped
public class IdempotentRequests {

  public static final int KEY_MAX = 100;

  /** What a request got: what it created, or what an earlier one with its key did. */
  public record Outcome<T>(T value, boolean repeated) {}

  /** How one kind of request is created and recognised again. */
  public interface Door<T> {

    /** What an earlier request with this key created. */
    Optional<T> findByKey(String key);

    /** Creates it, committing before it returns. */
    T create();

    /** Whether {@code earlier} was created by a request equal to this one. */
    boolean sameRequest(T earlier);

    /** Names {@code earlier} in the refusal of a reused key, e.g. "job 0b1c…". */
    String describe(T earlier);
  }

  private UniqueViolations violations;

  /** For CDI's proxy. */
  protected IdempotentRequests() {}

  @Inject
  public IdempotentRequests(UniqueViolations violations) {
    this.violations = violations;
  }

  public <T> Outcome<T> submit(String key, Door<T> door) {
    if (key != null && key.length() > KEY_MAX) {
      throw DomainException.invalid(
          "Idempotency-Key", "Idempotency-Key must be at most " + KEY_MAX + " characters");
    }
    if (key != null) {
      Optional<T> earlier = door.findByKey(key);
      if (earlier.isPresent()) {
        return repeated(earlier.get(), door);
      }
    }
    try {
      return new Outcome<>(door.create(), false);
    } catch (RuntimeException e) {
      if (!violations.causedBy(e)) {
        throw e;
      }
      Optional<T> raced = key == null ? Optional.empty() : door.findByKey(key);
      if (raced.isPresent()) {
        return repeated(raced.get(), door);
      }
      // Another key of the same request won the race (one open import per academy, say): asking
      // again gets that rule's own refusal.
      return new Outcome<>(door.create(), false);
    }
  }

  private static <T> Outcome<T> repeated(T earlier, Door<T> door) {
    if (!door.sameRequest(earlier)) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "IDEMPOTENCY_KEY_REUSED",
          "this Idempotency-Key was used for a different request (" + door.describe(earlier) + ")");
    }
    return new Outcome<>(earlier, true);
  }
}
