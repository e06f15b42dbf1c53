package kr.academy.jobs.progress.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kr.academy.jobs.JobId;
import kr.academy.jobs.JobProgress;
import kr.academy.jobs.JobStatus;
import kr.academy.jobs.progress.ProgressStore;
import kr.academy.jobs.progress.ProgressStoreUnavailable;
import kr.academy.platform.clients.FailFastCalls;
import kr.academy.platform.clients.RedisConnection;
import kr.academy.platform.clients.RedisHashes;
import kr.academy.tenancy.TenantId;
import org.redisson.api.RTopic;
import org.redisson.client.codec.StringCodec;

/**
 * Progress as one Redis hash per job, {@code tenant:{t}:job:{j}:progress} (DESIGN §4), written in
 * one round trip together with its expiry and a pub/sub notice on {@code
 * tenant:{t}:job:{j}:events}. Plain strings, readable with {@code redis-cli}.
 *
 * <p>After a failure the store answers "unavailable" at once for {@link #PAUSE_AFTER_FAILURE}
 * instead of letting every poll wait for Redis's timeout.
 */
@ApplicationScoped
public class RedisProgressStore implements ProgressStore {

  static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);
  private static final String CANCEL = "cancel";

  @Inject RedisConnection redis;

  private final FailFastCalls calls = new FailFastCalls(PAUSE_AFTER_FAILURE);

  static String key(TenantId tenant, JobId job) {
    return "tenant:" + tenant + ":job:" + job + ":progress";
  }

  static String channel(TenantId tenant, JobId job) {
    return "tenant:" + tenant + ":job:" + job + ":events";
  }

  @Override
  public void write(TenantId tenant, JobId job, JobProgress progress, Optional<Duration> ttl) {
    call(
        () -> {
          RedisHashes.write(
              redis.client(),
              key(tenant, job),
              fields(progress),
              ttl,
              batch ->
                  batch
                      .getTopic(channel(tenant, job), StringCodec.INSTANCE)
                      .publishAsync(toJson(progress)));
          return null;
        });
  }

  @Override
  public Optional<JobProgress> read(TenantId tenant, JobId job) {
    Map<String, String> fields = call(() -> RedisHashes.read(redis.client(), key(tenant, job)));
    if (fields.isEmpty() || !fields.containsKey("status")) {
      return Optional.empty();
    }
    return Optional.of(
        new JobProgress(
            JobStatus.valueOf(fields.get("status")),
            Integer.parseInt(fields.getOrDefault("progress", "0")),
            fields.get("step"),
            fields.get("error"),
            Instant.parse(fields.get("updated_at"))));
  }

  @Override
  public void requestCancel(TenantId tenant, JobId job) {
    call(
        () ->
            redis
                .client()
                .<String, String>getMap(key(tenant, job), StringCodec.INSTANCE)
                .fastPut(CANCEL, "1"));
  }

  @Override
  public boolean cancelRequested(TenantId tenant, JobId job) {
    return call(
        () ->
            redis
                .client()
                .<String, String>getMap(key(tenant, job), StringCodec.INSTANCE)
                .containsKey(CANCEL));
  }

  @Override
  public Subscription subscribe(TenantId tenant, JobId job, Consumer<JobProgress> listener) {
    RTopic topic = call(() -> redis.client().getTopic(channel(tenant, job), StringCodec.INSTANCE));
    int id =
        call(() -> topic.addListener(String.class, (ch, json) -> listener.accept(fromJson(json))));
    return () -> topic.removeListenerAsync(id);
  }

  private <T> T call(Supplier<T> command) {
    return calls.call(command, ProgressStoreUnavailable::new);
  }

  private static Map<String, String> fields(JobProgress progress) {
    Map<String, String> fields = new HashMap<>();
    fields.put("status", progress.status().name());
    fields.put("progress", Integer.toString(progress.progress()));
    fields.put("step", progress.step() == null ? "" : progress.step());
    fields.put("error", progress.error());
    fields.put("updated_at", progress.updatedAt().toString());
    return fields;
  }

  static String toJson(JobProgress progress) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("status", progress.status().name())
            .add("progress", progress.progress())
            .add("step", progress.step() == null ? "" : progress.step())
            .add("updatedAt", progress.updatedAt().toString());
    if (progress.error() != null) {
      json.add("error", progress.error());
    }
    return json.build().toString();
  }

  static JobProgress fromJson(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      return new JobProgress(
          JobStatus.valueOf(json.getString("status")),
          json.getInt("progress"),
          json.getString("step", null),
          json.getString("error", null),
          Instant.parse(json.getString("updatedAt")));
    }
  }
}
