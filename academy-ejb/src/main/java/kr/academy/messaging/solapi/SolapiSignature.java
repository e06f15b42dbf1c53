package kr.academy.messaging.solapi;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Solapi's {@code Authorization} header (docs/solapi.md §1): {@code HMAC-SHA256 apiKey=…, date=…,
 * salt=…, signature=…}, the signature being the lowercase hex HMAC-SHA256 of {@code date + salt}
 * keyed with the API secret. A signature may be used once, so every request (a retry too) gets a
 * new salt.
 */
public final class SolapiSignature {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  private SolapiSignature() {}

  public static String header(String apiKey, String apiSecret, Instant date) {
    byte[] saltBytes = new byte[16];
    RANDOM.nextBytes(saltBytes);
    return header(apiKey, apiSecret, date.toString(), HEX.formatHex(saltBytes));
  }

  static String header(String apiKey, String apiSecret, String date, String salt) {
    return "HMAC-SHA256 apiKey="
        + apiKey
        + ", date="
        + date
        + ", salt="
        + salt
        + ", signature="
        + sign(apiSecret, date + salt);
  }

  static String sign(String secret, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HEX.formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
