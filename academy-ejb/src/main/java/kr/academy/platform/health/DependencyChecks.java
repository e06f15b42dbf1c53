package kr.academy.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kr.academy.platform.clients.Infrastructure;
import kr.academy.platform.clients.RedisConnection;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.redisson.api.redisnode.RedisNodes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Readiness: the process can do its work only when PostgreSQL, Redis, SQS and object storage all
 * answer. Each failure names the dependency and why, never a stack trace.
 */
@ApplicationScoped
public class DependencyChecks {

  @Resource(lookup = "jdbc/academy")
  DataSource database;

  @Inject RedisConnection redis;
  @Inject SqsClient sqs;
  @Inject S3Client s3;
  @Inject Infrastructure infrastructure;

  @Produces
  @Readiness
  HealthCheck database() {
    return () ->
        check(
            "database",
            () -> {
              try (Connection connection = database.getConnection()) {
                return connection.isValid(2) ? null : "connection is not valid";
              } catch (Exception e) {
                return e.getMessage();
              }
            });
  }

  @Produces
  @Readiness
  HealthCheck redis() {
    return () ->
        check(
            "redis",
            () -> redis.client().getRedisNodes(RedisNodes.SINGLE).pingAll() ? null : "ping failed");
  }

  @Produces
  @Readiness
  HealthCheck queues() {
    return () ->
        check(
            "sqs",
            () -> {
              infrastructure.queues().forEach(q -> sqs.getQueueUrl(r -> r.queueName(q)));
              return null;
            });
  }

  @Produces
  @Readiness
  HealthCheck storage() {
    return () ->
        check(
            "storage",
            () -> {
              infrastructure.buckets().forEach(b -> s3.headBucket(r -> r.bucket(b)));
              return null;
            });
  }

  /** Runs a probe that returns null when healthy or a reason when not. */
  private static HealthCheckResponse check(String name, Supplier<String> probe) {
    String problem;
    try {
      problem = probe.get();
    } catch (RuntimeException e) {
      problem = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    var response = HealthCheckResponse.named(name);
    return problem == null
        ? response.up().build()
        : response.down().withData("error", problem).build();
  }
}
