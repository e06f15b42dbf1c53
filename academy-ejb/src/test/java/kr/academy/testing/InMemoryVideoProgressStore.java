package kr.academy.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.academy.media.VideoProgress;
import kr.academy.media.VideoProgressStore;
import kr.academy.tenancy.TenantId;

/** Videos' progress in memory, keyed like Redis, with every write kept in order. */
public final class InMemoryVideoProgressStore implements VideoProgressStore {

  private final Map<String, VideoProgress> progress = new HashMap<>();
  private final List<VideoProgress> writes = new ArrayList<>();

  private static String key(TenantId tenant, UUID video) {
    return "tenant:" + tenant + ":video:" + video + ":progress";
  }

  public List<VideoProgress> writes() {
    return List.copyOf(writes);
  }

  @Override
  public void write(TenantId tenant, UUID video, VideoProgress value, Optional<Duration> ttl) {
    progress.put(key(tenant, video), value);
    writes.add(value);
  }

  @Override
  public Optional<VideoProgress> read(TenantId tenant, UUID video) {
    return Optional.ofNullable(progress.get(key(tenant, video)));
  }

  @Override
  public void remove(TenantId tenant, UUID video) {
    progress.remove(key(tenant, video));
  }
}
