package kr.academy.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a person proves who they are, and the version of the tokens they hold: raising the version
 * ends every token issued before (docs/api.md, Sessions), and a new password raises it.
 */
@Embeddable
public class Credentials {

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "token_version", nullable = false)
  private int tokenVersion;

  protected Credentials() {}

  Credentials(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  /** Absent for people who were registered (e.g. by an import) but never given a password. */
  public String passwordHash() {
    return passwordHash;
  }

  public int tokenVersion() {
    return tokenVersion;
  }

  /** A new password ends every session opened with the old one. */
  void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
    endSessions();
  }

  /** Every token issued so far stops working (logout, removal, a new password). */
  void endSessions() {
    tokenVersion++;
  }
}
