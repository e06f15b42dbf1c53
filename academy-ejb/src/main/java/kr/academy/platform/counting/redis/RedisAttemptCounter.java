package kr.academy.platform.counting.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kr.academy.platform.clients.RedisCalls;
import kr.academy.platform.clients.RedisConnection;
import kr.academy.platform.counting.AttemptCounter;
import org.redisson.api.RScript;
import org.redisson.client.codec.StringCodec;

/**
 * Attempt windows as Redis counters with an expiry, under the names the callers give (failed logins
 * under {@code platform:login-failures:}, an academy's requests under {@code tenant:{t}:rate:}).
 * Each change is one script, so a count and its expiry are set together and a key never outlives
 * its window; counting several keys is one round trip.
 */
@ApplicationScoped
public class RedisAttemptCounter implements AttemptCounter {

  /** Per key: count, give a new count its expiry (and repair one without), answer count and ms. */
  private static final String ADD =
      """
      local answer = {}
      for _, key in ipairs(KEYS) do
        local attempts = redis.call('INCR', key)
        local remaining = redis.call('PTTL', key)
        if attempts == 1 or remaining < 0 then
          redis.call('PEXPIRE', key, ARGV[1])
          remaining = tonumber(ARGV[1])
        end
        table.insert(answer, attempts)
        table.insert(answer, remaining)
      end
      return answer
      """;

  /** Decrements an open window's count, never below zero and never creating a key. */
  private static final String TAKE_BACK =
      """
      local attempts = tonumber(redis.call('GET', KEYS[1]))
      if attempts and attempts > 0 then
        redis.call('DECR', KEYS[1])
      end
      return 0
      """;

  @Inject RedisConnection redis;
  @Inject RedisCalls calls;

  @Override
  public List<Window> add(List<String> keys, Duration window) {
    List<Long> answer =
        calls.call(
            () ->
                script()
                    .eval(
                        RScript.Mode.READ_WRITE,
                        ADD,
                        RScript.ReturnType.MULTI,
                        List.<Object>copyOf(keys),
                        Long.toString(window.toMillis())));
    List<Window> windows = new ArrayList<>();
    for (int i = 0; i < answer.size(); i += 2) {
      windows.add(new Window(answer.get(i), Duration.ofMillis(answer.get(i + 1))));
    }
    return windows;
  }

  @Override
  public void takeBack(String key) {
    calls.call(
        () ->
            script()
                .eval(
                    RScript.Mode.READ_WRITE, TAKE_BACK, RScript.ReturnType.INTEGER, List.of(key)));
  }

  @Override
  public void clear(String key) {
    calls.call(() -> redis.client().getBucket(key, StringCodec.INSTANCE).delete());
  }

  private RScript script() {
    return redis.client().getScript(StringCodec.INSTANCE);
  }
}
