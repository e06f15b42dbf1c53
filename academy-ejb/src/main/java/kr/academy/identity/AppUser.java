package kr.academy.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.academy.common.DomainException;
import kr.academy.common.PhoneNumber;
import kr.academy.tenancy.TenantScoped;

/**
 * A person who can log in to one academy, identified there by phone number: unique per tenant, so
 * the same parent at two academies has two identities with separate passwords.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends TenantScoped {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_id")
  @SequenceGenerator(name = "app_user_id", sequenceName = "app_user_id_seq", allocationSize = 50)
  private long id;

  @Column(nullable = false)
  private String phone;

  @Column(nullable = false)
  private String name;

  @Embedded private Credentials credentials;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected AppUser() {}

  public AppUser(String name, PhoneNumber phone, String passwordHash, Instant now) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw DomainException.invalid("name", "name is required (at most 100 characters)");
    }
    this.name = name.strip();
    this.phone = phone.digits();
    this.credentials = new Credentials(passwordHash);
    this.createdAt = now;
    this.updatedAt = now;
  }

  public long id() {
    return id;
  }

  public PhoneNumber phone() {
    return new PhoneNumber(phone);
  }

  public String name() {
    return name;
  }

  public Credentials credentials() {
    return credentials;
  }

  /** A new password, which ends every session opened with the old one. */
  public void changePasswordHash(String passwordHash, Instant now) {
    credentials.changePasswordHash(passwordHash);
    this.updatedAt = now;
  }
}
