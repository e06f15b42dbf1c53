package kr.academy.sqsra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.InvalidPropertyException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two activations sharing one slot group, as the AI lite and basic queues do, against an embedded
 * ElasticMQ: the shared bound, the 3:1 share under contention, all slots to one queue when the
 * other is idle, and deactivation while waiting for a slot.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlotGroupTest {

  private static final AtomicInteger SEQ = new AtomicInteger();
  private static EmbeddedSqs sqs;

  private SqsResourceAdapter adapter;
  private String liteUrl;
  private String basicUrl;
  private String liteName;
  private String basicName;

  private final AtomicInteger current = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private final List<String> order = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startSqs() throws Exception {
    sqs = new EmbeddedSqs();
  }

  @AfterAll
  static void stopSqs() {
    sqs.close();
  }

  @BeforeEach
  void queues() throws Exception {
    int n = SEQ.incrementAndGet();
    liteName = "lite" + n;
    basicName = "basic" + n;
    liteUrl = sqs.createQueue(liteName);
    basicUrl = sqs.createQueue(basicName);
    adapter = sqs.adapter(new Fakes.Context(null));
  }

  @AfterEach
  void stopAdapter() {
    adapter.stop();
  }

  private SqsActivationSpec spec(String queue, int weight, int groupSize) {
    SqsActivationSpec spec = new SqsActivationSpec();
    spec.setQueueName(queue);
    // As configured for the AI queues: a few loops beyond the group, so that a loop of each queue
    // has a message in hand when a slot frees while the others are between SQS calls.
    spec.setMaxConcurrency(groupSize + 3);
    spec.setWaitTimeSeconds(1);
    spec.setVisibilityTimeoutSeconds(30);
    spec.setShutdownTimeoutSeconds(10);
    spec.setSlotGroup("ai-cpu");
    spec.setSlotGroupSize(groupSize);
    spec.setSlotWeight(weight);
    return spec;
  }

  /** An endpoint whose deliveries are recorded under {@code tag} and take {@code millis}. */
  private Fakes.EndpointFactory recording(String tag, long millis) {
    return new Fakes.EndpointFactory(
        m -> {
          int now = current.incrementAndGet();
          peak.accumulateAndGet(now, Math::max);
          order.add(tag);
          try {
            Thread.sleep(millis);
          } finally {
            current.decrementAndGet();
          }
        },
        null,
        false);
  }

  private static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for: " + what);
      }
      Thread.sleep(20);
    }
  }

  @Test
  void bothQueuesBusyBasicGetsThreeForEveryOneOfLiteWithinTheSharedBound() throws Exception {
    // Deliveries of 100 ms: long enough that the five slots, not the embedded ElasticMQ's receive
    // rate per queue (docs/performance.md), are the bottleneck.
    sqs.send(basicUrl, "b", 330);
    sqs.send(liteUrl, "l", 110);
    adapter.endpointActivation(recording("basic", 100), spec(basicName, 3, 5));
    adapter.endpointActivation(recording("lite", 100), spec(liteName, 1, 5));
    await("400 deliveries", Duration.ofSeconds(30), () -> order.size() >= 400);

    List<String> first = order.subList(0, 400);
    long basic = first.stream().filter("basic"::equals).count();
    assertTrue(basic >= 270 && basic <= 330, "basic " + basic + " of the first 400");
    await("all 440", Duration.ofSeconds(30), () -> order.size() == 440);
    assertEquals(5, peak.get(), "lite and basic together never over the group's 5");
  }

  @Test
  void withLiteIdleBasicUsesAllFiveSlots() throws Exception {
    sqs.send(basicUrl, "b", 100);
    adapter.endpointActivation(recording("basic", 50), spec(basicName, 3, 5));
    adapter.endpointActivation(recording("lite", 50), spec(liteName, 1, 5));
    await("100 deliveries", Duration.ofSeconds(20), () -> order.size() == 100);
    assertEquals(5, peak.get(), "every slot used by the one busy queue");
    assertTrue(order.stream().allMatch("basic"::equals));
  }

  @Test
  void deactivationReleasesLoopsWaitingForASlotAndHandsTheirMessagesBack() throws Exception {
    CountDownLatch hold = new CountDownLatch(1);
    Fakes.EndpointFactory basic =
        new Fakes.EndpointFactory(m -> hold.await(20, TimeUnit.SECONDS), null, false);
    Fakes.EndpointFactory lite = recording("lite", 0);
    SqsActivationSpec liteSpec = spec(liteName, 1, 1);
    liteSpec.setMaxConcurrency(2);
    SqsActivationSpec basicSpec = spec(basicName, 3, 1);
    basicSpec.setMaxConcurrency(1);
    sqs.send(basicUrl, "b", 1);
    adapter.endpointActivation(basic, basicSpec);
    WeightedSlots group = adapter.slotGroups().group("ai-cpu");
    await("basic holds the one slot", Duration.ofSeconds(5), () -> group.inUse() == 1);
    sqs.send(liteUrl, "l", 2);
    adapter.endpointActivation(lite, liteSpec);
    await("lite's two messages received", Duration.ofSeconds(5), () -> sqs.visible(liteUrl) == 0);

    long start = System.nanoTime();
    adapter.endpointDeactivation(lite, liteSpec);
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertTrue(tookMs < 3_000, "deactivation took " + tookMs + " ms");
    assertEquals(List.of(), order, "nothing delivered to lite without a slot");
    assertEquals(2, sqs.visible(liteUrl), "lite's messages visible again at once");
    assertEquals(1, group.members(), "lite left the group");
    hold.countDown();
    await("basic's slot back", Duration.ofSeconds(5), () -> group.inUse() == 0);
  }

  @Test
  void twoSpecsOfOneGroupMustAgreeOnItsSize() throws Exception {
    adapter.endpointActivation(recording("basic", 0), spec(basicName, 3, 5));
    ResourceException e =
        assertThrows(
            ResourceException.class,
            () -> adapter.endpointActivation(recording("lite", 0), spec(liteName, 1, 4)));
    assertTrue(e.getMessage().contains("slot group ai-cpu has 5 slots"), e.getMessage());
    assertEquals(1, adapter.activeActivations());
  }

  @Test
  void aSlotGroupNeedsItsSizeAndAPositiveWeight() {
    SqsActivationSpec spec = new SqsActivationSpec();
    spec.setQueueName("q");
    spec.setSlotGroup("ai-cpu");
    spec.setSlotWeight(0);
    InvalidPropertyException e = assertThrows(InvalidPropertyException.class, spec::validate);
    assertTrue(e.getMessage().contains("slotGroupSize"), e.getMessage());
    assertTrue(e.getMessage().contains("slotWeight"), e.getMessage());
  }
}
