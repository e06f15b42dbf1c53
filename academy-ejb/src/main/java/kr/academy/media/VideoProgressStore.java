package kr.academy.media;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import kr.academy.tenancy.TenantId;

/**
 * Videos' progress outside the database (DESIGN §4), {@code tenant:{t}:video:{id}:progress}. Any
 * method may throw {@link kr.academy.jobs.progress.ProgressStoreUnavailable}.
 */
public interface VideoProgressStore {

  /** Replaces the video's progress; {@code ttl} empty keeps it until evicted. */
  void write(TenantId tenant, UUID video, VideoProgress progress, Optional<Duration> ttl);

  Optional<VideoProgress> read(TenantId tenant, UUID video);

  void remove(TenantId tenant, UUID video);
}
