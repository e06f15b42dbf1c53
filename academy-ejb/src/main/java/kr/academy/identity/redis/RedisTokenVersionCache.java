package kr.academy.identity.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalLong;
import kr.academy.identity.Account;
import kr.academy.identity.TokenVersionCache;
import kr.academy.platform.clients.RedisCalls;
import kr.academy.platform.clients.RedisConnection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.api.RScript;
import org.redisson.client.codec.StringCodec;

/**
 * Token versions as Redis strings, {@code tenant:{t}:user:{id}:token-version} for members and
 * {@code platform:admin:{id}:token-version} for platform admins, each with an expiry: a raise that
 * could not reach Redis leaves a stale copy for at most that long.
 */
@ApplicationScoped
public class RedisTokenVersionCache implements TokenVersionCache {

  private static final String RAISE =
      """
      local recorded = tonumber(redis.call('GET', KEYS[1]))
      if not recorded or recorded < tonumber(ARGV[1]) then
        redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
      end
      return 0
      """;

  @Inject RedisConnection redis;
  @Inject RedisCalls calls;

  @Inject
  @ConfigProperty(name = "academy.auth.token-version-cache-seconds", defaultValue = "300")
  long expirySeconds;

  static String key(Account account) {
    return account.isPlatformAdmin()
        ? "platform:admin:" + account.id() + ":token-version"
        : "tenant:" + account.tenant() + ":user:" + account.id() + ":token-version";
  }

  @Override
  public OptionalLong read(Account account) {
    String value =
        calls.call(
            () -> redis.client().<String>getBucket(key(account), StringCodec.INSTANCE).get());
    return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
  }

  @Override
  public void raise(Account account, long version) {
    calls.call(
        () ->
            redis
                .client()
                .getScript(StringCodec.INSTANCE)
                .eval(
                    RScript.Mode.READ_WRITE,
                    RAISE,
                    RScript.ReturnType.INTEGER,
                    List.of(key(account)),
                    Long.toString(version),
                    Long.toString(expirySeconds)));
  }
}
