package kr.academy.common;

/**
 * Recognises a unique-key violation in whatever the persistence layer wrapped it in: how a lost
 * race for a key (an {@code Idempotency-Key}, a slug, one open import) shows itself at commit.
 */
public interface UniqueViolations {

  boolean causedBy(Throwable failure);
}
