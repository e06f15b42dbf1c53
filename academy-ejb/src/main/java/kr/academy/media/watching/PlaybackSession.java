package kr.academy.media.watching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import kr.academy.tenancy.TenantScoped;

/**
 * One viewer watching one video: while it is active (and not past its expiry) its playback URL
 * serves the video's streams, and its heartbeats move the position and credit what was watched
 * ({@link WatchCredit}). A viewer has at most one active session per video; starting another ends
 * it.
 */
@Entity
@Table(name = "playback_session")
public class PlaybackSession extends TenantScoped {

  /** Whether the session still plays. */
  public enum Status {
    ACTIVE,
    ENDED
  }

  /** What one heartbeat did: the seconds it credited. */
  public record Beat(double creditedSeconds) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "playback_session_id")
  @SequenceGenerator(
      name = "playback_session_id",
      sequenceName = "playback_session_id_seq",
      allocationSize = 50)
  private long id;

  @Column(name = "session_id", nullable = false)
  private UUID sessionId;

  @Column(name = "video_id", nullable = false)
  private long video;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(name = "student_id")
  private Long studentId;

  private boolean counted;

  @Column(name = "video_seconds", nullable = false)
  private double videoSeconds;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "last_beat_at")
  private Instant lastBeatAt;

  @Column(name = "position_seconds")
  private double positionSeconds;

  private boolean playing;
  private double rate = 1;

  @Column(name = "watched_seconds")
  private double watchedSeconds;

  @Column(name = "watched_spans", nullable = false)
  private String watchedSpans = "";

  private int beats;

  @Version private int version;

  protected PlaybackSession() {}

  /**
   * A session of user {@code userId} (the roster's {@code studentId}, if any) on the video whose
   * row is {@code video}; {@code counted} when it is watched as a student.
   */
  public static PlaybackSession start(
      long video,
      double videoSeconds,
      long userId,
      Long studentId,
      boolean counted,
      Instant now,
      Instant expiresAt) {
    PlaybackSession session = new PlaybackSession();
    session.sessionId = UUID.randomUUID();
    session.video = video;
    session.videoSeconds = videoSeconds;
    session.userId = userId;
    session.studentId = studentId;
    session.counted = counted;
    session.status = Status.ACTIVE;
    session.startedAt = now;
    session.expiresAt = expiresAt;
    return session;
  }

  /** Whether its URL still plays and its heartbeats count at {@code now}. */
  public boolean activeAt(Instant now) {
    return status == Status.ACTIVE && now.isBefore(expiresAt);
  }

  /** Records a heartbeat; the session must be active. */
  public Beat beat(Heartbeat beat) {
    if (!activeAt(beat.receivedAt())) {
      throw new IllegalStateException("a heartbeat on an ended session");
    }
    Optional<WatchedSpans.Span> credited =
        WatchCredit.between(positionSeconds, playing, rate, lastBeatAt, beat, videoSeconds);
    credited.ifPresent(
        span -> {
          watchedSeconds += span.to() - span.from();
          watchedSpans = WatchedSpans.parse(watchedSpans).with(span).text();
        });
    positionSeconds = Math.min(beat.positionSeconds(), videoSeconds);
    playing = beat.playing();
    rate = beat.rate();
    lastBeatAt = beat.receivedAt();
    beats++;
    return new Beat(credited.map(span -> span.to() - span.from()).orElse(0.0));
  }

  /** Ends it (idempotent): its URL stops playing and heartbeats are refused. */
  public void end(Instant now) {
    if (status == Status.ACTIVE) {
      status = Status.ENDED;
      endedAt = now;
      playing = false;
    }
  }

  public UUID sessionId() {
    return sessionId;
  }

  public long video() {
    return video;
  }

  public long userId() {
    return userId;
  }

  public Optional<Long> studentId() {
    return Optional.ofNullable(studentId);
  }

  public boolean counted() {
    return counted;
  }

  public Status status() {
    return status;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<Instant> lastBeatAt() {
    return Optional.ofNullable(lastBeatAt);
  }

  public double positionSeconds() {
    return positionSeconds;
  }

  public double watchedSeconds() {
    return watchedSeconds;
  }

  public WatchedSpans watchedSpans() {
    return WatchedSpans.parse(watchedSpans);
  }
}
