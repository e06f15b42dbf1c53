package kr.academy.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.academy.common.DomainException;

/** An academy (학원): the unit of isolation. Not itself tenant-scoped. */
@Entity
@Table(name = "tenant")
public class Tenant {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,30}[a-z0-9]");

  @Id private long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Plan plan;

  /** Texts the academy may send in a month; null means the platform's default. */
  @Column(name = "monthly_message_quota")
  private Integer monthlyMessageQuota;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Tenant() {}

  public Tenant(TenantId id, String slug, String name, Plan plan, Instant now) {
    if (slug == null || !SLUG.matcher(slug).matches()) {
      throw DomainException.invalid(
          "slug",
          "slug must be 3-32 lower-case letters, digits or '-', not starting or ending in '-'");
    }
    if (name == null || name.isBlank() || name.length() > 100) {
      throw DomainException.invalid("name", "name is required (at most 100 characters)");
    }
    if (plan == null) {
      throw DomainException.invalid("plan", "plan is required: LITE, BASIC or PREMIUM");
    }
    this.id = id.value();
    this.slug = slug;
    this.name = name.strip();
    this.plan = plan;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public static DomainException slugTaken(String slug) {
    return new DomainException(
        DomainException.Kind.CONFLICT,
        "SLUG_TAKEN",
        "an academy with slug '" + slug + "' already exists");
  }

  public TenantId id() {
    return new TenantId(id);
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public Plan plan() {
    return plan;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Integer> monthlyMessageQuota() {
    return Optional.ofNullable(monthlyMessageQuota);
  }

  /** Sets the academy's monthly quota of texts; null returns it to the platform's default. */
  public void limitMessages(Integer monthlyQuota, Instant now) {
    if (monthlyQuota != null && monthlyQuota < 0) {
      throw DomainException.invalid("monthlyQuota", "monthlyQuota must be 0 or more");
    }
    monthlyMessageQuota = monthlyQuota;
    updatedAt = now;
  }
}
