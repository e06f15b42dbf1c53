package kr.academy.messaging;

import java.util.Map;
import java.util.Set;

/**
 * Solapi's message status codes (docs/solapi.md §5) in the platform's terms: 2000 accepted and 3000
 * handed to the carrier are SENT, 4000 is DELIVERED, anything else failed. A few failures are the
 * provider's or carrier's own trouble and are tried again; the rest are final.
 */
public final class ProviderStatus {

  /** What to do with a text after the provider's word on it. */
  public enum Verdict {
    SENT,
    DELIVERED,
    /** Failed for good. */
    FAILED,
    /** Failed for good, and the number opted out with the 080 service: list it. */
    OPTED_OUT,
    /** A temporary failure: send again later (a new key; the first text did not arrive). */
    RETRY,
    /** An AlimTalk to someone without KakaoTalk: send the SMS/LMS fallback if allowed. */
    NOT_KAKAO_USER
  }

  static final Set<String> SENT = Set.of("2000", "3000");
  static final String DELIVERED = "4000";
  static final Set<String> OPTED_OUT = Set.of("1061", "2061");
  static final Set<String> TRANSIENT = Set.of("1024", "2024", "3012", "3024", "3053");
  static final String NOT_KAKAO_USER = "3104";

  private static final Map<String, String> REASONS =
      Map.ofEntries(
          Map.entry("1061", "수신거부(080)한 번호입니다"),
          Map.entry("2061", "수신거부(080)한 번호입니다"),
          Map.entry("1062", "발신번호가 Solapi에 등록되지 않았습니다"),
          Map.entry("2062", "발신번호가 Solapi에 등록되지 않았습니다"),
          Map.entry("1030", "Solapi 잔액이 부족합니다"),
          Map.entry("2230", "Solapi 잔액이 부족합니다"),
          Map.entry("3104", "카카오톡 사용자가 아닙니다"),
          Map.entry("1029", "EUC-KR로 보낼 수 없는 문자가 있습니다"),
          Map.entry("3010", "수신번호 형식 오류입니다"),
          Map.entry("3032", "가입자가 없는 번호입니다"));

  private ProviderStatus() {}

  public static Verdict of(String statusCode) {
    if (SENT.contains(statusCode)) {
      return Verdict.SENT;
    }
    if (DELIVERED.equals(statusCode)) {
      return Verdict.DELIVERED;
    }
    if (OPTED_OUT.contains(statusCode)) {
      return Verdict.OPTED_OUT;
    }
    if (TRANSIENT.contains(statusCode)) {
      return Verdict.RETRY;
    }
    if (NOT_KAKAO_USER.equals(statusCode)) {
      return Verdict.NOT_KAKAO_USER;
    }
    return Verdict.FAILED;
  }

  /** The reason a user reads: ours where we know the code, else the provider's message. */
  public static String reason(String statusCode, String providerMessage) {
    String ours = REASONS.get(statusCode);
    String text = ours != null ? ours : providerMessage == null ? "실패" : providerMessage;
    return "[" + statusCode + "] " + text;
  }
}
