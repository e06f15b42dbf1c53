package kr.academy.messaging;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * 정보통신망법 §50③: an advertisement sent between 21:00 and 08:00 (Korean time) needs the recipient's
 * separate consent. Those without it get it at 08:00 instead.
 */
public final class AdvertisingHours {

  public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
  static final LocalTime NIGHT_STARTS = LocalTime.of(21, 0);
  static final LocalTime NIGHT_ENDS = LocalTime.of(8, 0);

  private AdvertisingHours() {}

  public static boolean isNight(Instant at) {
    LocalTime time = at.atZone(KOREA).toLocalTime();
    return !time.isBefore(NIGHT_STARTS) || time.isBefore(NIGHT_ENDS);
  }

  /** The first 08:00 in Korea at or after {@code at}. */
  public static Instant nextMorning(Instant at) {
    ZonedDateTime local = at.atZone(KOREA);
    ZonedDateTime morning = local.toLocalDate().atTime(NIGHT_ENDS).atZone(KOREA);
    return (morning.isBefore(local) ? morning.plusDays(1) : morning).toInstant();
  }
}
