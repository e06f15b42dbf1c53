package kr.academy.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import kr.academy.common.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Slow, salted password hashing (bcrypt). */
@ApplicationScoped
public class PasswordHasher {

  /** bcrypt reads at most 72 bytes; longer passwords would silently collide. */
  private static final int MAX_BYTES = 72;

  private static final int MIN_LENGTH = 8;

  @Inject
  @ConfigProperty(name = "academy.password.bcrypt-cost", defaultValue = "10")
  int cost;

  private String decoy;

  @PostConstruct
  void prepareDecoy() {
    decoy = hashUnchecked("not-a-real-password");
  }

  /** Hashes a password a person chose, enforcing the password rules. */
  public String hash(String password, String field) {
    requireAcceptable(password, field);
    return hashUnchecked(password);
  }

  /** Refuses a password a person chose that breaks the rules, naming the field. */
  public void requireAcceptable(String password, String field) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw DomainException.invalid(
          field, field + " must have at least " + MIN_LENGTH + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw DomainException.invalid(field, field + " must be at most " + MAX_BYTES + " bytes");
    }
  }

  /** Hashes a configured secret that is not subject to the rules for people (bootstrap admin). */
  public String hashUnchecked(String password) {
    return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
  }

  /**
   * Checks a password. With no stored hash it still spends the same time, so a wrong phone cannot
   * be told from a wrong password by timing.
   */
  public boolean matches(String password, String storedHash) {
    if (password == null) {
      return false;
    }
    byte[] candidate = password.getBytes(StandardCharsets.UTF_8);
    if (candidate.length > MAX_BYTES) {
      return false;
    }
    boolean verified =
        BCrypt.verifyer()
            .verify(
                candidate,
                (storedHash == null ? decoy : storedHash).getBytes(StandardCharsets.UTF_8))
            .verified;
    return storedHash != null && verified;
  }
}
