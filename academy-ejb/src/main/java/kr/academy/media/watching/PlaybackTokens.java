package kr.academy.media.watching;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.academy.tenancy.TenantId;

/**
 * The signed part of a playback URL: the academy, the session and when it expires, with an
 * HMAC-SHA256 (truncated to 128 bits) under a server secret. A player fetches playlists without the
 * viewer's bearer token, so the URL itself must say, unforgeably, whose session it is; the academy
 * comes from here (a verified token, as DESIGN §5 wants), and the session must still be active in
 * the database. 66 URL-safe characters.
 */
public final class PlaybackTokens {

  /** What a valid token says. */
  public record Claims(TenantId tenant, UUID sessionId, Instant expiresAt) {}

  private static final byte VERSION = 1;
  private static final int BODY = 1 + 8 + 16 + 8;
  private static final int MAC = 16;

  private final SecretKeySpec key;

  public PlaybackTokens(byte[] secret) {
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  public String issue(Claims claims) {
    ByteBuffer body = ByteBuffer.allocate(BODY + MAC);
    body.put(VERSION)
        .putLong(claims.tenant().value())
        .putLong(claims.sessionId().getMostSignificantBits())
        .putLong(claims.sessionId().getLeastSignificantBits())
        .putLong(claims.expiresAt().getEpochSecond());
    body.put(mac(body.array()));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(body.array());
  }

  /** The claims of a genuine token that has not expired at {@code now}; else empty. */
  public Optional<Claims> verify(String token, Instant now) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (bytes.length != BODY + MAC || bytes[0] != VERSION) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(mac(bytes), Arrays.copyOfRange(bytes, BODY, BODY + MAC))) {
      return Optional.empty();
    }
    ByteBuffer body = ByteBuffer.wrap(bytes, 1, BODY - 1);
    TenantId tenant = new TenantId(body.getLong());
    UUID session = new UUID(body.getLong(), body.getLong());
    Instant expires = Instant.ofEpochSecond(body.getLong());
    return now.isBefore(expires)
        ? Optional.of(new Claims(tenant, session, expires))
        : Optional.empty();
  }

  private byte[] mac(byte[] token) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(token, 0, BODY);
      return Arrays.copyOf(mac.doFinal(), MAC);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing", e);
    }
  }
}
