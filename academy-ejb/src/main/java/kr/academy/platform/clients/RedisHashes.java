package kr.academy.platform.clients;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.redisson.api.BatchOptions;
import org.redisson.api.RBatch;
import org.redisson.api.RMapAsync;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Records kept as one Redis hash of plain strings (a job's or a video's progress, DESIGN §4),
 * readable with {@code redis-cli}: written in one round trip together with their expiry and
 * whatever must go with them, read whole.
 */
public final class RedisHashes {

  private RedisHashes() {}

  /**
   * Sets {@code fields}, removing those whose value is null, sets or clears the expiry, and adds
   * {@code alongside} (a notice to subscribers) to the same batch.
   */
  public static void write(
      RedissonClient client,
      String key,
      Map<String, String> fields,
      Optional<Duration> ttl,
      Consumer<RBatch> alongside) {
    RBatch batch = client.createBatch(BatchOptions.defaults());
    RMapAsync<String, String> hash = batch.getMap(key, StringCodec.INSTANCE);
    Map<String, String> present = new HashMap<>(fields);
    present.values().removeIf(Objects::isNull);
    hash.putAllAsync(present);
    String[] absent =
        fields.keySet().stream().filter(name -> fields.get(name) == null).toArray(String[]::new);
    if (absent.length > 0) {
      hash.fastRemoveAsync(absent);
    }
    if (ttl.isPresent()) {
      hash.expireAsync(ttl.get());
    } else {
      hash.clearExpireAsync();
    }
    alongside.accept(batch);
    batch.execute();
  }

  /** Every field of the hash; empty when there is none. */
  public static Map<String, String> read(RedissonClient client, String key) {
    return client.<String, String>getMap(key, StringCodec.INSTANCE).readAllMap();
  }
}
