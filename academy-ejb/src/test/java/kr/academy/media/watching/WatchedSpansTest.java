package kr.academy.media.watching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WatchedSpansTest {

  private static WatchedSpans.Span span(double from, double to) {
    return new WatchedSpans.Span(from, to);
  }

  @Test
  void overlappingAndTouchingSpansMergeAndAreCoveredOnce() {
    WatchedSpans spans =
        WatchedSpans.NONE
            .with(span(10, 20))
            .with(span(15, 30))
            .with(span(30.3, 40))
            .with(span(0, 5));
    assertEquals("0-5,10-40", spans.text());
    assertEquals(35, spans.coveredSeconds(), 1e-9);
  }

  @Test
  void watchingAPartAgainAddsNothingToTheCover() {
    WatchedSpans once = WatchedSpans.NONE.with(span(0, 60));
    assertEquals(once, once.with(span(10, 50)));
  }

  @Test
  void theTextReadsBackToTheSameSpans() {
    WatchedSpans spans = WatchedSpans.NONE.with(span(0.25, 31.5)).with(span(40, 80.126));
    assertEquals("0.25-31.5,40-80.13", spans.text());
    assertEquals(spans, WatchedSpans.parse(spans.text()));
    assertEquals(WatchedSpans.NONE, WatchedSpans.parse(""));
  }

  @Test
  void completionIsTheCoveredShareCappedAtAHundred() {
    WatchedSpans spans = WatchedSpans.NONE.with(span(0, 30)).with(span(60, 90));
    assertEquals(50.0, spans.completionPercent(120));
    assertEquals(100.0, spans.completionPercent(45));
    assertEquals(0.0, WatchedSpans.NONE.completionPercent(120));
  }

  @Test
  void sessionsTogetherCoverTheirUnion() {
    WatchedSpans first = WatchedSpans.NONE.with(span(0, 30));
    WatchedSpans second = WatchedSpans.NONE.with(span(20, 50)).with(span(100, 110));
    assertEquals("0-50,100-110", first.with(second).text());
  }

  @Test
  void tooManySpansJoinTheClosestLosingNoWatchedSecond() {
    WatchedSpans spans = WatchedSpans.NONE;
    for (int i = 0; i < WatchedSpans.MAX_SPANS + 10; i++) {
      spans = spans.with(span(i * 10, i * 10 + 5));
    }
    assertEquals(WatchedSpans.MAX_SPANS, spans.spans().size());
    assertEquals(0, spans.spans().get(0).from());
    assertEquals((WatchedSpans.MAX_SPANS + 9) * 10 + 5, spans.spans().get(199).to());
    spans.spans().forEach(s -> assertEquals(true, s.to() > s.from()));
  }

  @Test
  void aBackwardSpanIsNoSpan() {
    assertThrows(IllegalArgumentException.class, () -> span(10, 5));
    assertThrows(IllegalArgumentException.class, () -> span(-1, 5));
    assertThrows(IllegalArgumentException.class, () -> span(Double.NaN, 5));
  }
}
