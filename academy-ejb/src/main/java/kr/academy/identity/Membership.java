package kr.academy.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.academy.tenancy.TenantScoped;

/** What a person is at an academy: owner, staff, teacher, student or parent. */
@Entity
@Table(name = "tenant_membership")
public class Membership extends TenantScoped {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tenant_membership_id")
  @SequenceGenerator(
      name = "tenant_membership_id",
      sequenceName = "tenant_membership_id_seq",
      allocationSize = 50)
  private long id;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Membership() {}

  public Membership(long userId, Role role, Instant now) {
    if (role == Role.PLATFORM_ADMIN) {
      throw new IllegalArgumentException("platform admins are not members of an academy");
    }
    this.userId = userId;
    this.role = role;
    this.createdAt = now;
  }

  public long userId() {
    return userId;
  }

  public Role role() {
    return role;
  }
}
