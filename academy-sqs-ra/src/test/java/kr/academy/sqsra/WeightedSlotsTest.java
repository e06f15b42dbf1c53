package kr.academy.sqsra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WeightedSlotsTest {

  private final List<Thread> threads = new ArrayList<>();
  private final AtomicInteger holding = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();

  /** Which member got each grant, in the order granted while recording is on. */
  private final List<String> order = new CopyOnWriteArrayList<>();

  private volatile CountDownLatch start = new CountDownLatch(0);
  private volatile int recordUpTo;
  private volatile boolean stop;

  @AfterEach
  void stopThreads() throws InterruptedException {
    stop = true;
    for (Thread t : threads) {
      t.interrupt();
      t.join(2_000);
      assertFalse(t.isAlive(), t.getName() + " still alive");
    }
  }

  /**
   * {@code count} threads, each asking the member for a slot again and again, holding it up to
   * {@code maxHoldMicros}, until the test stops them or the member is closed.
   */
  private void consumers(WeightedSlots.Member member, String name, int count, int maxHoldMicros) {
    for (int i = 0; i < count; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                  while (!stop && member.acquire()) {
                    try {
                      int now = holding.incrementAndGet();
                      peak.accumulateAndGet(now, Math::max);
                      record(name);
                      if (maxHoldMicros > 0) {
                        LockSupport.parkNanos(
                            TimeUnit.MICROSECONDS.toNanos(
                                ThreadLocalRandom.current().nextInt(maxHoldMicros + 1)));
                      }
                      holding.decrementAndGet();
                    } finally {
                      member.release();
                    }
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              name + "-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  /** Check and add under one lock: threads racing past the check would record more than asked. */
  private void record(String name) {
    synchronized (order) {
      if (order.size() < recordUpTo) {
        order.add(name);
      }
    }
  }

  private void recordAfresh(int upTo) {
    synchronized (order) {
      order.clear();
      recordUpTo = upTo;
    }
  }

  private void awaitRecorded(int n) throws InterruptedException {
    while (order.size() < n) {
      Thread.sleep(5);
    }
  }

  private static long count(List<String> grants, String name) {
    return grants.stream().filter(name::equals).count();
  }

  @Test
  void oneSlotBothBusyGrantsExactlyThreeToOneInAFixedOrder() throws InterruptedException {
    WeightedSlots slots = new WeightedSlots(1);
    WeightedSlots.Member basic = slots.join("basic", 3);
    WeightedSlots.Member lite = slots.join("lite", 1);
    WeightedSlots.Member holder = slots.join("holder", 1);
    assertTrue(holder.acquire());
    recordUpTo = 400;
    // Holds of up to 1 ms: the other consumers are back waiting by the time a slot frees, so the
    // order below depends on the weights alone, not on which thread the scheduler runs first.
    consumers(basic, "basic", 6, 1_000);
    consumers(lite, "lite", 6, 1_000);
    Thread.sleep(200);
    holder.release();
    awaitRecorded(400);

    List<String> first = order.subList(0, 400);
    assertEquals(300, count(first, "basic"), first::toString);
    assertEquals(100, count(first, "lite"));
    assertEquals(
        List.of("basic", "lite", "basic", "basic", "basic", "lite", "basic", "basic", "basic"),
        order.subList(0, 9));
  }

  @Test
  void fiveSlotsManyThreadsThreeToOneWithinTenPercentAndNeverOverTheBound()
      throws InterruptedException {
    WeightedSlots slots = new WeightedSlots(5);
    WeightedSlots.Member basic = slots.join("basic", 3);
    WeightedSlots.Member lite = slots.join("lite", 1);
    recordUpTo = 4_000;
    start = new CountDownLatch(1);
    // Holds of up to 1 ms, long beside a thread's wake-up, so that the order threads record their
    // grants in is the order they were granted.
    consumers(basic, "basic", 8, 1_000);
    consumers(lite, "lite", 8, 1_000);
    start.countDown();
    awaitRecorded(4_000);

    for (int from = 0; from + 400 <= 4_000; from += 400) {
      List<String> window = order.subList(from, from + 400);
      long b = count(window, "basic");
      assertTrue(b >= 270 && b <= 330, "basic got " + b + " of 400 grants from " + from);
    }
    assertEquals(5, peak.get(), "all five slots used, never more");
  }

  @Test
  void withTheOtherMemberIdleOneMemberUsesEverySlot() throws InterruptedException {
    WeightedSlots slots = new WeightedSlots(5);
    WeightedSlots.Member basic = slots.join("basic", 3);
    WeightedSlots.Member lite = slots.join("lite", 1);
    lite.idle();
    recordUpTo = 2_000;
    consumers(lite, "lite", 8, 500);
    awaitRecorded(2_000);
    assertEquals(5, peak.get(), "lite alone held all five slots");
    assertEquals(0, basic.grants());
    assertEquals(2_000, count(order, "lite"));
  }

  @Test
  void aQueueIdleThenBusyNeitherStarvesNorIsStarved() throws InterruptedException {
    for (boolean saysIdle : new boolean[] {true, false}) {
      WeightedSlots slots = new WeightedSlots(1);
      WeightedSlots.Member basic = slots.join("basic", 3);
      WeightedSlots.Member lite = slots.join("lite", 1);
      if (saysIdle) {
        lite.idle();
      }
      stop = false;
      recordAfresh(1_000);
      consumers(basic, "basic", 6, 300);
      awaitRecorded(1_000);
      assertTrue(basic.grants() >= 1_000);

      // Lite turns busy after basic had 1,000 grants alone: no burst to "catch up", no starvation.
      recordAfresh(0);
      consumers(lite, "lite", 6, 300);
      while (lite.grants() == 0) {
        Thread.onSpinWait();
      }
      recordAfresh(400);
      awaitRecorded(400);
      long l = count(order, "lite");
      assertTrue(
          l >= 90 && l <= 110, "lite got " + l + " of 400 (idle signalled: " + saysIdle + ")");
      long liteInFirst20 = count(order.subList(0, 20), "lite");
      assertTrue(liteInFirst20 <= 7, "lite burst of " + liteInFirst20 + " in the first 20");
      stopThreads();
      threads.clear();
    }
  }

  @Test
  void closingAMemberReleasesItsWaitersAndLeavesTheOthersAlone() throws InterruptedException {
    WeightedSlots slots = new WeightedSlots(1);
    WeightedSlots.Member basic = slots.join("basic", 3);
    WeightedSlots.Member lite = slots.join("lite", 1);
    assertTrue(basic.acquire());
    CountDownLatch returned = new CountDownLatch(3);
    AtomicInteger granted = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  if (lite.acquire()) {
                    granted.incrementAndGet();
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                returned.countDown();
              });
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    Thread.sleep(100);
    lite.close();
    assertTrue(returned.await(1, TimeUnit.SECONDS), "waiters released by close");
    assertEquals(0, granted.get());
    assertFalse(lite.acquire(), "no slot after close");
    assertEquals(1, slots.members());

    basic.release();
    assertEquals(0, slots.inUse());
    assertTrue(basic.acquire(), "the remaining member still gets slots");
    basic.release();
  }

  @Test
  void anInterruptedWaiterDoesNotLoseTheSlot() throws InterruptedException {
    WeightedSlots slots = new WeightedSlots(1);
    WeightedSlots.Member a = slots.join("a", 1);
    WeightedSlots.Member b = slots.join("b", 1);
    assertTrue(a.acquire());
    CountDownLatch interrupted = new CountDownLatch(1);
    Thread waiter =
        new Thread(
            () -> {
              try {
                b.acquire();
              } catch (InterruptedException e) {
                interrupted.countDown();
              }
            });
    waiter.start();
    Thread.sleep(100);
    waiter.interrupt();
    assertTrue(interrupted.await(1, TimeUnit.SECONDS));
    a.release();
    assertEquals(0, slots.inUse());
    assertTrue(b.acquire());
    assertEquals(1, slots.inUse());
    b.release();
    assertThrows(IllegalStateException.class, b::release, "release without a slot");
  }

  @Test
  void slotsHeldByAClosedMemberStayCountedUntilReleased() throws InterruptedException {
    WeightedSlots slots = new WeightedSlots(2);
    WeightedSlots.Member a = slots.join("a", 1);
    WeightedSlots.Member b = slots.join("b", 1);
    assertTrue(a.acquire());
    assertTrue(a.acquire());
    a.close();
    assertEquals(2, slots.inUse(), "deliveries still running count against the bound");
    a.release();
    assertTrue(b.acquire());
    a.release();
    assertTrue(b.acquire());
    assertEquals(2, b.held());
  }
}
