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
import kr.academy.common.PhoneNumber;

/** An operator of the whole platform; belongs to no academy. */
@Entity
@Table(name = "platform_admin")
public class PlatformAdmin {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_admin_id")
  @SequenceGenerator(
      name = "platform_admin_id",
      sequenceName = "platform_admin_id_seq",
      allocationSize = 1)
  private long id;

  @Column(nullable = false, unique = true)
  private String phone;

  @Column(nullable = false)
  private String name;

  @Embedded private Credentials credentials;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected PlatformAdmin() {}

  public PlatformAdmin(PhoneNumber phone, String name, String passwordHash, Instant now) {
    this.phone = phone.digits();
    this.name = name;
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
