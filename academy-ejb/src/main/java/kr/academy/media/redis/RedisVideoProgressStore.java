package kr.academy.media.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import kr.academy.jobs.JobId;
import kr.academy.jobs.progress.ProgressStoreUnavailable;
import kr.academy.media.VideoProgress;
import kr.academy.media.VideoProgressStore;
import kr.academy.media.VideoStatus;
import kr.academy.platform.clients.FailFastCalls;
import kr.academy.platform.clients.RedisConnection;
import kr.academy.platform.clients.RedisHashes;
import kr.academy.tenancy.TenantId;
import org.redisson.client.codec.StringCodec;

/**
 * A video's progress as one Redis hash, {@code tenant:{t}:video:{id}:progress} (DESIGN §4), the
 * same shape as a job's (status, progress, step, error, updated_at) plus the {@code job_id} that
 * processes it; written with its expiry in one round trip. Plain strings, readable with {@code
 * redis-cli}.
 */
@ApplicationScoped
public class RedisVideoProgressStore implements VideoProgressStore {

  static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

  @Inject RedisConnection redis;

  private final FailFastCalls calls = new FailFastCalls(PAUSE_AFTER_FAILURE);

  static String key(TenantId tenant, UUID video) {
    return "tenant:" + tenant + ":video:" + video + ":progress";
  }

  @Override
  public void write(TenantId tenant, UUID video, VideoProgress progress, Optional<Duration> ttl) {
    call(
        () -> {
          RedisHashes.write(redis.client(), key(tenant, video), fields(progress), ttl, batch -> {});
          return null;
        });
  }

  @Override
  public Optional<VideoProgress> read(TenantId tenant, UUID video) {
    Map<String, String> fields = call(() -> RedisHashes.read(redis.client(), key(tenant, video)));
    if (fields.isEmpty() || !fields.containsKey("status")) {
      return Optional.empty();
    }
    String job = fields.get("job_id");
    return Optional.of(
        new VideoProgress(
            VideoStatus.valueOf(fields.get("status")),
            Integer.parseInt(fields.getOrDefault("progress", "0")),
            fields.get("step"),
            fields.get("error"),
            job == null || job.isEmpty() ? null : JobId.parse(job).orElse(null),
            Instant.parse(fields.get("updated_at"))));
  }

  @Override
  public void remove(TenantId tenant, UUID video) {
    call(() -> redis.client().getMap(key(tenant, video), StringCodec.INSTANCE).delete());
  }

  private <T> T call(Supplier<T> command) {
    return calls.call(command, ProgressStoreUnavailable::new);
  }

  private static Map<String, String> fields(VideoProgress progress) {
    Map<String, String> fields = new HashMap<>();
    fields.put("status", progress.status().name());
    fields.put("progress", Integer.toString(progress.progress()));
    fields.put("step", progress.step() == null ? "" : progress.step());
    fields.put("error", progress.error());
    fields.put("job_id", progress.job() == null ? null : progress.job().toString());
    fields.put("updated_at", progress.updatedAt().toString());
    return fields;
  }
}
