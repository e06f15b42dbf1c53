package kr.academy.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.concurrent.ThreadLocalRandom;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Redis;
import org.junit.jupiter.api.Test;

/**
 * Failed logins are limited per account and per client address (docs/api.md, Logins). The tests
 * play clients behind a load balancer: `./academy test` trusts this machine as a proxy, so each
 * test names its own client addresses in X-Forwarded-For and never uses up the limit of the address
 * every other test logs in from.
 */
class LoginThrottleIT {

  private static final int PER_ACCOUNT = 10;
  private static final int PER_ADDRESS = 100;

  /** An address of TEST-NET-3 no other test uses. */
  private static String clientAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "203.0." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  private static Api.Reply login(String address, String tenant, String phone, String password) {
    String body =
        Json.createObjectBuilder()
            .add("tenant", tenant)
            .add("phone", phone)
            .add("password", password)
            .build()
            .toString();
    return Api.send(
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/v1/auth/login"))
            .header("Content-Type", "application/json")
            // What a client writes before the balancer's own entry is not believed.
            .header("X-Forwarded-For", "192.0.2.1, " + address)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static void assertTooMany(Api.Reply reply) {
    reply.assertError(429, "TOO_MANY_ATTEMPTS");
    long retryAfter = Long.parseLong(reply.raw().headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 900, "Retry-After " + retryAfter);
  }

  @Test
  void anAccountIsRefusedAfterTenFailuresEvenWithTheRightPassword() {
    Academy academy = Academy.open("throttle");
    String attacker = clientAddress();
    for (int i = 0; i < PER_ACCOUNT; i++) {
      login(attacker, academy.slug(), academy.ownerPhone(), "wrong-" + i)
          .assertError(401, "INVALID_CREDENTIALS");
    }
    assertTooMany(login(attacker, academy.slug(), academy.ownerPhone(), "wrong-again"));
    assertTooMany(login(attacker, academy.slug(), academy.ownerPhone(), Academy.OWNER_PASSWORD));
    assertTooMany(
        login(clientAddress(), academy.slug(), academy.ownerPhone(), Academy.OWNER_PASSWORD));

    String staffPhone = Api.uniqueMobile();
    academy.addStaff(staffPhone, "staff-pass-1");
    login(attacker, academy.slug(), staffPhone, "staff-pass-1").assertStatus(200);
  }

  @Test
  void anAddressGuessingManyPhonesIsStoppedAndOneRightPasswordDoesNotResetIt() {
    Academy academy = Academy.open("spray");
    String attacker = clientAddress();
    for (int i = 0; i < PER_ADDRESS / 2; i++) {
      login(attacker, academy.slug(), Api.uniqueMobile(), "guess-" + i)
          .assertError(401, "INVALID_CREDENTIALS");
    }
    login(attacker, academy.slug(), academy.ownerPhone(), Academy.OWNER_PASSWORD).assertStatus(200);
    for (int i = PER_ADDRESS / 2; i < PER_ADDRESS; i++) {
      login(attacker, academy.slug(), Api.uniqueMobile(), "guess-" + i)
          .assertError(401, "INVALID_CREDENTIALS");
    }
    assertTooMany(login(attacker, academy.slug(), Api.uniqueMobile(), "guess"));
    assertTooMany(login(attacker, academy.slug(), academy.ownerPhone(), Academy.OWNER_PASSWORD));
    login(clientAddress(), academy.slug(), academy.ownerPhone(), Academy.OWNER_PASSWORD)
        .assertStatus(200);
  }

  @Test
  void anUnknownAcademyIsLimitedLikeAKnownOne() {
    String slug = Api.uniqueSlug("no-such");
    String phone = Api.uniqueMobile();
    String attacker = clientAddress();
    for (int i = 0; i < PER_ACCOUNT; i++) {
      login(attacker, slug, phone, "wrong-" + i).assertError(401, "INVALID_CREDENTIALS");
    }
    assertTooMany(login(attacker, slug, phone, "wrong-again"));
  }

  @Test
  void withRedisDownLoginsStillWorkAndAreStillLimited() throws Exception {
    Academy academy = Academy.open("no-redis");
    String staffPhone = Api.uniqueMobile();
    academy.addStaff(staffPhone, "staff-pass-1");
    String attacker = clientAddress();
    Redis.command("CLIENT", "PAUSE", "30000", "ALL");
    try {
      login(attacker, academy.slug(), staffPhone, "staff-pass-1").assertStatus(200);
      for (int i = 0; i < PER_ACCOUNT; i++) {
        login(attacker, academy.slug(), academy.ownerPhone(), "wrong-" + i)
            .assertError(401, "INVALID_CREDENTIALS");
      }
      assertTooMany(login(attacker, academy.slug(), academy.ownerPhone(), "wrong-again"));
    } finally {
      Redis.command("CLIENT", "UNPAUSE");
    }
  }
}
