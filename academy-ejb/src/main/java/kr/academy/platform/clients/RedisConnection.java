package kr.academy.platform.clients;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * The one Redisson client of the process, created on first use rather than at start-up: Redis holds
 * only in-flight progress, so the platform must start and keep serving without it.
 */
@ApplicationScoped
public class RedisConnection {

  @Inject
  @ConfigProperty(name = "academy.redis.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "academy.redis.port", defaultValue = "16379")
  int port;

  @Inject
  @ConfigProperty(name = "academy.redis.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "academy.redis.tls", defaultValue = "false")
  boolean tls;

  @Inject
  @ConfigProperty(name = "academy.redis.pool-size", defaultValue = "32")
  int poolSize;

  private volatile RedissonClient client;

  /** The client, connecting now if no connection exists yet; throws if Redis is unreachable. */
  public RedissonClient client() {
    RedissonClient current = client;
    if (current == null) {
      synchronized (this) {
        if (client == null) {
          client = Redisson.create(config());
        }
        current = client;
      }
    }
    return current;
  }

  private Config config() {
    Config config = new Config();
    var server =
        config
            .useSingleServer()
            .setAddress((tls ? "rediss://" : "redis://") + host + ":" + port)
            .setConnectionPoolSize(poolSize)
            .setConnectionMinimumIdleSize(2)
            .setConnectTimeout(2000)
            .setTimeout(2000)
            .setRetryAttempts(1);
    password.filter(p -> !p.isBlank()).ifPresent(server::setPassword);
    return config;
  }

  @PreDestroy
  void close() {
    if (client != null) {
      client.shutdown();
    }
  }
}
