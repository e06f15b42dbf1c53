package kr.academy.ratelimits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Supplier;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.Jobs;
import kr.academy.support.Redis;
import org.junit.jupiter.api.Test;

/**
 * Per-academy rate limits (docs/api.md, Rate limits). `./academy test` counts in windows of 3 s and
 * gives LITE academies 150 requests and 5 job-creating requests a window (the other plans are never
 * limited in tests), so each test opens LITE academies of its own, goes over a limit in a burst and
 * waits a few seconds for the window to close.
 */
class RateLimitIT {

  private static final int REQUESTS = 150;
  private static final int JOB_REQUESTS = 5;
  private static final int WINDOW_SECONDS = 3;

  private static final String ME = "/api/v1/me";
  private static final String EXPORTS = "/api/v1/students/exports";

  /** Sends until refused: a burst that straddles two windows just takes a few more requests. */
  private static Api.Reply burstUntilRefused(int limit, Supplier<Api.Reply> send) {
    for (int i = 0; i < 10 * limit; i++) {
      Api.Reply reply = send.get();
      if (reply.status() == 429) {
        return reply;
      }
    }
    return null;
  }

  /** The refusal's shape; answers its Retry-After in seconds. */
  private static long assertRateLimited(Api.Reply refused, String limit) {
    assertNotNull(refused, "never limited");
    refused.assertError(429, "RATE_LIMITED");
    String message = refused.json().getString("message");
    assertTrue(message.contains(limit) && message.contains("LITE"), message);
    long retryAfter =
        Long.parseLong(refused.raw().headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= WINDOW_SECONDS, "Retry-After " + retryAfter);
    return retryAfter;
  }

  private static void await(long seconds) throws InterruptedException {
    Thread.sleep(Duration.ofSeconds(seconds).toMillis());
  }

  @Test
  void anAcademyOverItsRequestsIsRefusedUntilItsWindowClosesAndNoOtherAcademyIs()
      throws InterruptedException {
    Academy limited = Academy.open("rate", "LITE");
    Academy other = Academy.open("rate-other", "LITE");

    Api.Reply refused =
        burstUntilRefused(
            REQUESTS,
            () -> {
              Api.Reply reply = Api.get(ME, limited.ownerToken());
              return reply.status() == 429 ? reply : reply.assertStatus(200);
            });
    long retryAfter = assertRateLimited(refused, "more than " + REQUESTS + " API requests");
    Api.get(ME, other.ownerToken()).assertStatus(200);

    await(retryAfter);
    Api.get(ME, limited.ownerToken()).assertStatus(200);
  }

  @Test
  void jobRequestsOverTheirLimitCreateNothingWhileOtherRequestsAreServed()
      throws InterruptedException {
    Academy academy = Academy.open("rate-jobs", "LITE");
    String token = academy.ownerToken();
    int[] accepted = {0};

    Api.Reply refused =
        burstUntilRefused(
            JOB_REQUESTS,
            () -> {
              Api.Reply reply = Api.post(EXPORTS, token, "{}");
              if (reply.status() != 429) {
                Jobs.accepted(reply);
                accepted[0]++;
              }
              return reply;
            });
    long retryAfter =
        assertRateLimited(refused, "more than " + JOB_REQUESTS + " job-creating requests");
    assertEquals(
        accepted[0], Api.get("/api/v1/jobs", token).assertStatus(200).json().getInt("total"));

    await(retryAfter);
    Jobs.accepted(Api.post(EXPORTS, token, "{}"));
  }

  @Test
  void withRedisDownTheApiAnswersAndAnAcademyIsStillLimited() throws Exception {
    Academy academy = Academy.open("rate-no-redis", "LITE");
    Redis.command("CLIENT", "PAUSE", "30000", "ALL");
    try {
      Api.get(ME, academy.ownerToken()).assertStatus(200);
      assertRateLimited(
          burstUntilRefused(REQUESTS, () -> Api.get(ME, academy.ownerToken())), "API requests");
    } finally {
      Redis.command("CLIENT", "UNPAUSE");
    }
  }
}
