package kr.academy.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdvertisingHoursTest {

  private static Instant kst(String local) {
    return LocalDateTime.parse(local).atZone(AdvertisingHours.KOREA).toInstant();
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-02T20:59:59, false",
    "2026-03-02T21:00:00, true",
    "2026-03-02T23:59:59, true",
    "2026-03-03T00:00:00, true",
    "2026-03-03T07:59:59, true",
    "2026-03-03T08:00:00, false",
    "2026-03-03T12:00:00, false"
  })
  void nightRunsFrom21To08KoreanTime(String local, boolean night) {
    assertEquals(night, AdvertisingHours.isNight(kst(local)));
  }

  @Test
  void nightIsKoreanTimeNotUtc() {
    assertEquals(false, AdvertisingHours.isNight(Instant.parse("2026-03-02T11:59:00Z")));
    assertEquals(true, AdvertisingHours.isNight(Instant.parse("2026-03-02T12:00:00Z")));
    assertEquals(true, AdvertisingHours.isNight(Instant.parse("2026-03-02T22:59:00Z")));
    assertEquals(false, AdvertisingHours.isNight(Instant.parse("2026-03-02T23:00:00Z")));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-02T21:00:00, 2026-03-02T23:00:00Z",
    "2026-03-02T23:30:00, 2026-03-02T23:00:00Z",
    "2026-03-03T03:00:00, 2026-03-02T23:00:00Z",
    "2026-03-03T07:59:59, 2026-03-02T23:00:00Z",
    "2026-03-03T08:00:00, 2026-03-02T23:00:00Z",
    "2026-03-03T08:00:01, 2026-03-03T23:00:00Z",
    "2026-03-31T22:00:00, 2026-03-31T23:00:00Z"
  })
  void nextMorningIsTheFirst0800AtOrAfter(String local, String morning) {
    assertEquals(Instant.parse(morning), AdvertisingHours.nextMorning(kst(local)));
  }
}
