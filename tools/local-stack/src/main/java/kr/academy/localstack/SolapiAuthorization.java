package kr.academy.localstack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Solapi's HMAC-SHA256 {@code Authorization} check: the key, a date within the allowed skew, a salt
 * of 12–64 bytes, the signature of date and salt, and each signature used once.
 */
final class SolapiAuthorization {

  private final String apiKey;
  private final String apiSecret;
  private final Duration skew;
  private final Map<String, Instant> signatures = new ConcurrentHashMap<>();

  SolapiAuthorization(String apiKey, String apiSecret, Duration skew) {
    this.apiKey = apiKey;
    this.apiSecret = apiSecret;
    this.skew = skew;
  }

  /** Null when the header is good; else Solapi's error code. */
  String check(String header) {
    if (header == null || !header.startsWith("HMAC-SHA256 ")) {
      return "InvalidAuthorization";
    }
    Map<String, String> params = new HashMap<>();
    for (String part : header.substring("HMAC-SHA256 ".length()).split(", ")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        params.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1));
      }
    }
    String date = params.get("date");
    String salt = params.get("salt");
    String signature = params.get("signature");
    if (!apiKey.equals(params.get("apikey"))) {
      return "InvalidAPIKey";
    }
    if (date == null || salt == null || signature == null) {
      return "InvalidAuthorization";
    }
    int saltBytes = salt.getBytes(StandardCharsets.UTF_8).length;
    if (saltBytes < 12 || saltBytes > 64) {
      return "SignatureDoesNotMatch";
    }
    Instant at;
    try {
      at = OffsetDateTime.parse(date).toInstant();
    } catch (DateTimeParseException e) {
      return "InvalidAuthorization";
    }
    Instant now = Instant.now();
    if (at.isBefore(now.minus(skew)) || at.isAfter(now.plus(skew))) {
      return "RequestTimeTooSkewed";
    }
    if (!hmac(date + salt).equals(signature)) {
      return "SignatureDoesNotMatch";
    }
    signatures.values().removeIf(seen -> seen.isBefore(now.minus(skew)));
    if (signatures.putIfAbsent(signature, now) != null) {
      return "DuplicatedSignature";
    }
    return null;
  }

  private String hmac(String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(apiSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
