package kr.academy.identity.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kr.academy.identity.AttemptCounter;
import kr.academy.platform.clients.RedisConnection;
import org.redisson.api.RScript;
import org.redisson.client.codec.StringCodec;

/**
 * Attempt windows as Redis counters with an expiry, {@code platform:login-failures:<key>}: platform
 * keys, since a login is counted before (and whether or not) an academy is found. Each change is
 * one script, so a count and its expiry are set together and a key never outlives its window.
 */
@ApplicationScoped
public class RedisAttemptCounter implements AttemptCounter {

  static final String PREFIX = "platform:login-failures:";

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
                        keys.stream().<Object>map(key -> PREFIX + key).toList(),
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
                    RScript.Mode.READ_WRITE,
                    TAKE_BACK,
                    RScript.ReturnType.INTEGER,
                    List.of(PREFIX + key)));
  }

  @Override
  public void clear(String key) {
    calls.call(() -> redis.client().getBucket(PREFIX + key, StringCodec.INSTANCE).delete());
  }

  private RScript script() {
    return redis.client().getScript(StringCodec.INSTANCE);
  }
}
