package kr.academy.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.academy.common.PhoneNumber;
import kr.academy.common.Validation;
import kr.academy.tenancy.TenantScoped;

/**
 * How an academy appears to the parents it texts: the sender number registered with the provider,
 * and for advertisements the name shown after {@code (광고)} and the free 080 number for opting out.
 * One per academy.
 */
@Entity
@Table(name = "messaging_settings")
public class MessagingSettings extends TenantScoped {

  static final int SENDER_NAME_MAX = 30;
  static final int KAKAO_CHANNEL_MAX = 40;
  private static final String FREE_CALL_PREFIX = "080";

  /** The settings as the owner gives them; validated by {@link MessagingSettings}. */
  public record Change(
      String senderNumber,
      String senderName,
      String optOutNumber,
      String kakaoChannelId,
      boolean alimtalkFallback) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "messaging_settings_id")
  @SequenceGenerator(
      name = "messaging_settings_id",
      sequenceName = "messaging_settings_id_seq",
      allocationSize = 50)
  private long id;

  @Column(name = "sender_number", nullable = false)
  private String senderNumber;

  @Column(name = "sender_name")
  private String senderName;

  @Column(name = "opt_out_number")
  private String optOutNumber;

  /** The KakaoTalk channel's sender profile id (Solapi's {@code pfId}), for AlimTalk. */
  @Column(name = "kakao_channel_id")
  private String kakaoChannelId;

  /** Whether an AlimTalk to someone without KakaoTalk is sent as SMS/LMS instead. */
  @Column(name = "alimtalk_fallback", nullable = false)
  private boolean alimtalkFallback;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected MessagingSettings() {}

  public static MessagingSettings first(Change change, Instant now) {
    MessagingSettings settings = new MessagingSettings();
    settings.apply(change, now);
    settings.createdAt = now;
    return settings;
  }

  /** Replaces all three; an absent name or opt-out number is cleared. */
  public void apply(Change change, Instant now) {
    Validation v = new Validation();
    PhoneNumber sender =
        v.check(
            () -> PhoneNumber.parse(change.senderNumber(), PhoneNumber.Usage.ANY, "senderNumber"));
    String name = v.optionalText("senderName", change.senderName(), SENDER_NAME_MAX);
    PhoneNumber optOut =
        v.check(
            () ->
                PhoneNumber.parseOptional(
                    change.optOutNumber(), PhoneNumber.Usage.ANY, "optOutNumber"));
    if (optOut != null && !optOut.digits().startsWith(FREE_CALL_PREFIX)) {
      v.problem("optOutNumber", "optOutNumber must be a free 080 number: " + change.optOutNumber());
    }
    String channel = v.optionalText("kakaoChannelId", change.kakaoChannelId(), KAKAO_CHANNEL_MAX);
    v.throwIfInvalid();
    kakaoChannelId = channel;
    alimtalkFallback = change.alimtalkFallback();
    senderNumber = sender.digits();
    senderName = name;
    optOutNumber = optOut == null ? null : optOut.digits();
    updatedAt = now;
  }

  /**
   * What must be set before sending: the sender number always; the name and the opt-out number for
   * an advertisement; the KakaoTalk channel for an AlimTalk. Empty when nothing is missing.
   */
  public List<String> missingFor(boolean advertisement, boolean alimtalk) {
    List<String> missing = new ArrayList<>();
    if (advertisement && senderName == null) {
      missing.add("senderName");
    }
    if (advertisement && optOutNumber == null) {
      missing.add("optOutNumber");
    }
    if (alimtalk && kakaoChannelId == null) {
      missing.add("kakaoChannelId");
    }
    return missing;
  }

  public String senderNumber() {
    return senderNumber;
  }

  public String senderName() {
    return senderName;
  }

  public String optOutNumber() {
    return optOutNumber;
  }

  public String kakaoChannelId() {
    return kakaoChannelId;
  }

  public boolean alimtalkFallback() {
    return alimtalkFallback;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
