package kr.academy.platform.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InProcessAttemptCounterTest {

  private static final Duration WINDOW = Duration.ofSeconds(60);

  private final AtomicLong now = new AtomicLong(-5_000_000_000L);

  private AttemptCounter.Window add(AttemptCounter counter, String key) {
    return counter.add(List.of(key), WINDOW).get(0);
  }

  @Test
  void theFirstAttemptOpensAWindowThatLaterOnesDoNotProlong() {
    InProcessAttemptCounter counter = new InProcessAttemptCounter(now::get, 10);
    assertEquals(new AttemptCounter.Window(1, WINDOW), add(counter, "k"));
    now.addAndGet(Duration.ofSeconds(45).toNanos());
    assertEquals(new AttemptCounter.Window(2, Duration.ofSeconds(15)), add(counter, "k"));
    now.addAndGet(Duration.ofSeconds(15).toNanos());
    assertEquals(new AttemptCounter.Window(1, WINDOW), add(counter, "k"));
  }

  @Test
  void takingBackNeverGoesBelowZeroNorReopensAClosedWindow() {
    InProcessAttemptCounter counter = new InProcessAttemptCounter(now::get, 10);
    add(counter, "k");
    counter.takeBack("k");
    counter.takeBack("k");
    assertEquals(1, add(counter, "k").attempts());
    now.addAndGet(WINDOW.toNanos());
    counter.takeBack("k");
    assertEquals(1, add(counter, "k").attempts());
  }

  @Test
  void memoryStaysBoundedByMaxKeys() {
    InProcessAttemptCounter counter = new InProcessAttemptCounter(now::get, 3);
    add(counter, "a");
    now.addAndGet(WINDOW.toNanos());
    add(counter, "b");
    add(counter, "b");
    add(counter, "c");
    add(counter, "d");
    assertEquals(3, add(counter, "b").attempts(), "only the closed window was dropped");
    add(counter, "e");
    assertEquals(1, add(counter, "c").attempts(), "every window dropped when all are open");
  }
}
