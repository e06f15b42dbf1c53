package kr.academy.messaging.solapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SolapiSignatureTest {

  private static final Pattern HEADER =
      Pattern.compile(
          "HMAC-SHA256 apiKey=([^,]+), date=([^,]+), salt=([^,]+), signature=([0-9a-f]{64})");

  /** HMAC-SHA256 in lowercase hex, computed here without the class under test. */
  private static String hmac(String secret, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder hex = new StringBuilder();
    for (byte b : mac.doFinal(data.getBytes(StandardCharsets.UTF_8))) {
      hex.append(String.format("%02x", b & 0xff));
    }
    return hex.toString();
  }

  @Test
  void signsWithTheRfc4231Vector() {
    assertEquals(
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        SolapiSignature.sign("Jefe", "what do ya want for nothing?"));
  }

  @Test
  void theSignatureIsTheHexHmacOfDateAndSaltKeyedWithTheSecret() throws Exception {
    String date = "2026-03-02T00:00:00Z";
    String salt = "0123456789abcdef0123456789abcdef";
    assertEquals(
        "HMAC-SHA256 apiKey=NCSKEY, date="
            + date
            + ", salt="
            + salt
            + ", signature="
            + hmac("s3cr3t", date + salt),
        SolapiSignature.header("NCSKEY", "s3cr3t", date, salt));
  }

  @Test
  void theSecretIsReadAsUtf8() throws Exception {
    assertEquals(
        hmac("비밀키", "2026-03-02T00:00:00Zsalt"),
        SolapiSignature.sign("비밀키", "2026-03-02T00:00:00Zsalt"));
  }

  @Test
  void everyHeaderHasAFreshSaltAndAValidSignature() throws Exception {
    Instant date = Instant.parse("2026-03-02T01:02:03Z");
    String first = SolapiSignature.header("NCSKEY", "s3cr3t", date);
    String second = SolapiSignature.header("NCSKEY", "s3cr3t", date);
    Matcher a = HEADER.matcher(first);
    Matcher b = HEADER.matcher(second);
    assertTrue(a.matches(), first);
    assertTrue(b.matches(), second);
    assertEquals("NCSKEY", a.group(1));
    assertEquals("2026-03-02T01:02:03Z", a.group(2));
    assertTrue(a.group(3).matches("[0-9a-f]{32}"), a.group(3));
    assertEquals(hmac("s3cr3t", a.group(2) + a.group(3)), a.group(4));
    assertEquals(hmac("s3cr3t", b.group(2) + b.group(3)), b.group(4));
    assertNotEquals(a.group(3), b.group(3));
    assertNotEquals(a.group(4), b.group(4));
  }
}
