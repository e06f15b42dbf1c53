package kr.academy.media.watching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import kr.academy.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class PlaybackTokensTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private final PlaybackTokens tokens =
      new PlaybackTokens("a server secret".getBytes(StandardCharsets.UTF_8));
  private final PlaybackTokens.Claims claims =
      new PlaybackTokens.Claims(new TenantId(42), UUID.randomUUID(), NOW.plusSeconds(3600));

  @Test
  void aTokenSaysWhoseSessionItIsUntilItExpires() {
    String token = tokens.issue(claims);
    assertTrue(token.matches("[A-Za-z0-9_-]{66}"), token);
    assertEquals(Optional.of(claims), tokens.verify(token, NOW));
    assertEquals(Optional.empty(), tokens.verify(token, NOW.plusSeconds(3600)));
  }

  @Test
  void aChangedTokenIsRefused() {
    byte[] bytes = Base64.getUrlDecoder().decode(tokens.issue(claims));
    for (int i = 0; i < bytes.length; i++) {
      byte[] forged = bytes.clone();
      forged[i] ^= 1;
      assertEquals(
          Optional.empty(),
          tokens.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(forged), NOW),
          "byte " + i);
    }
  }

  @Test
  void anotherServerSecretOrGarbageIsRefused() {
    PlaybackTokens other = new PlaybackTokens("another".getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.empty(), other.verify(tokens.issue(claims), NOW));
    assertEquals(Optional.empty(), tokens.verify("not a token!", NOW));
    assertEquals(Optional.empty(), tokens.verify("", NOW));
    assertEquals(Optional.empty(), tokens.verify("AAAA", NOW));
  }
}
