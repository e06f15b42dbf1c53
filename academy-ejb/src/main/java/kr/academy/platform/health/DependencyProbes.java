package kr.academy.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kr.academy.platform.clients.Infrastructure;
import kr.academy.platform.clients.RedisConnection;
import org.redisson.api.redisnode.RedisNodes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * One probe per dependency — PostgreSQL, Redis, SQS (every configured queue), object storage (every
 * configured bucket) — each answering empty when healthy or the reason when not, never a stack
 * trace.
 */
@ApplicationScoped
public class DependencyProbes {

  @Resource(lookup = "jdbc/academy")
  DataSource database;

  @Inject RedisConnection redis;
  @Inject SqsClient sqs;
  @Inject S3Client s3;
  @Inject Infrastructure infrastructure;

  /** The probes by dependency name, in a stable order. */
  public Map<String, Supplier<Optional<String>>> all() {
    Map<String, Supplier<Optional<String>>> probes = new LinkedHashMap<>();
    probes.put("database", guarded(this::database));
    probes.put("redis", guarded(this::redis));
    probes.put("sqs", guarded(this::queues));
    probes.put("storage", guarded(this::storage));
    return probes;
  }

  private String database() {
    try (Connection connection = database.getConnection()) {
      return connection.isValid(2) ? null : "connection is not valid";
    } catch (Exception e) {
      return e.getMessage();
    }
  }

  private String redis() {
    return redis.client().getRedisNodes(RedisNodes.SINGLE).pingAll() ? null : "ping failed";
  }

  private String queues() {
    infrastructure.queues().forEach(q -> sqs.getQueueUrl(r -> r.queueName(q)));
    return null;
  }

  private String storage() {
    infrastructure.buckets().forEach(b -> s3.headBucket(r -> r.bucket(b)));
    return null;
  }

  private static Supplier<Optional<String>> guarded(Supplier<String> probe) {
    return () -> {
      try {
        return Optional.ofNullable(probe.get());
      } catch (RuntimeException e) {
        return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    };
  }
}
