package kr.academy.jobs.operations.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import kr.academy.jobs.JobQueue;
import kr.academy.jobs.operations.ProbeReceipts;
import kr.academy.platform.clients.RedisConnection;
import org.redisson.client.codec.StringCodec;

/** Probes as {@code platform:probe:{nonce}} keys that expire after an hour. */
@ApplicationScoped
public class RedisProbeReceipts implements ProbeReceipts {

  private static final Duration KEEP = Duration.ofHours(1);

  @Inject RedisConnection redis;

  private static String key(String nonce) {
    return "platform:probe:" + nonce;
  }

  @Override
  public void received(String nonce, JobQueue queue) {
    redis.client().<String>getBucket(key(nonce), StringCodec.INSTANCE).set(queue.name(), KEEP);
  }

  @Override
  public Optional<JobQueue> receivedBy(String nonce) {
    String queue = redis.client().<String>getBucket(key(nonce), StringCodec.INSTANCE).get();
    return Optional.ofNullable(queue).map(JobQueue::valueOf);
  }
}
