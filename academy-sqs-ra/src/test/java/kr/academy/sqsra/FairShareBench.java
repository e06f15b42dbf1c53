package kr.academy.sqsra;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The AI fair-sharing benchmark (bench/ai-fair.sh): {@link WeightedSlots} alone under many threads,
 * then the adapter against an embedded ElasticMQ with two activations sharing a slot group of 5
 * (basic weight 3, lite weight 1): the basic share while both queues are busy and the slots in use
 * while lite is idle.
 *
 * <p>Arguments: delivery milliseconds (default 100), consumer loops per queue (default 5), messages
 * per basic flood (default 1200).
 */
public final class FairShareBench {

  private static final int GROUP = 5;

  private FairShareBench() {}

  public static void main(String[] args) throws Exception {
    long deliveryMs = args.length > 0 ? Long.parseLong(args[0]) : 100;
    int loops = args.length > 1 ? Integer.parseInt(args[1]) : GROUP;
    int basicMessages = args.length > 2 ? Integer.parseInt(args[2]) : 1200;
    slotsAlone();
    try (EmbeddedSqs sqs = new EmbeddedSqs()) {
      adapter(sqs, deliveryMs, loops, basicMessages, true);
      adapter(sqs, deliveryMs, loops, basicMessages / 2, false);
    }
  }

  /** 8 threads per member, 5 slots, holds of 0–1 ms: grants per second and the basic share. */
  private static void slotsAlone() throws InterruptedException {
    WeightedSlots slots = new WeightedSlots(GROUP);
    WeightedSlots.Member basic = slots.join("basic", 3);
    WeightedSlots.Member lite = slots.join("lite", 1);
    List<String> order = new CopyOnWriteArrayList<>();
    AtomicInteger peak = new AtomicInteger();
    AtomicInteger holding = new AtomicInteger();
    int total = 20_000;
    List<Thread> threads = new ArrayList<>();
    for (WeightedSlots.Member m : List.of(basic, lite)) {
      for (int i = 0; i < 8; i++) {
        Thread t =
            new Thread(
                () -> {
                  try {
                    while (order.size() < total && m.acquire()) {
                      peak.accumulateAndGet(holding.incrementAndGet(), Math::max);
                      order.add(m == basic ? "b" : "l");
                      LockSupport.parkNanos(
                          TimeUnit.MICROSECONDS.toNanos(
                              ThreadLocalRandom.current().nextInt(1_001)));
                      holding.decrementAndGet();
                      m.release();
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
        threads.add(t);
      }
    }
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "WeightedSlots alone: %d grants in %.2f s (%.0f/s), 16 threads, peak %d of %d slots%n",
        order.size(),
        seconds,
        order.size() / seconds,
        peak.get(),
        GROUP);
    windows("  ", order.subList(0, total), "b");
  }

  /** Basic share per window of 400 deliveries: min, max and overall. */
  private static void windows(String indent, List<String> order, String basicTag) {
    int n = order.size() / 400;
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int w = 0; w < n; w++) {
      long b = order.subList(w * 400, w * 400 + 400).stream().filter(basicTag::equals).count();
      min = Math.min(min, b);
      max = Math.max(max, b);
    }
    long all = order.subList(0, n * 400).stream().filter(basicTag::equals).count();
    System.out.printf(
        Locale.ROOT,
        "%sbasic per 400: min %d, max %d (target 300 ± 30); overall %d of %d = %.3f (ratio %.2f:1)%n",
        indent,
        min,
        max,
        all,
        n * 400,
        all / (double) (n * 400),
        all / (double) (n * 400 - all));
  }

  private static void adapter(
      EmbeddedSqs sqs, long deliveryMs, int loops, int basicMessages, boolean liteBusy)
      throws Exception {
    String suffix = Long.toString(System.nanoTime());
    String basicUrl = sqs.createQueue("bench-basic-" + suffix);
    String liteUrl = sqs.createQueue("bench-lite-" + suffix);
    int liteMessages = liteBusy ? basicMessages / 2 : 0;
    sqs.send(basicUrl, "b", basicMessages);
    sqs.send(liteUrl, "l", liteMessages);

    List<String> order = new CopyOnWriteArrayList<>();
    AtomicInteger current = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    AtomicInteger basicDone = new AtomicInteger();
    SqsResourceAdapter adapter = sqs.adapter(new Fakes.Context(null));
    try {
      long start = System.nanoTime();
      AtomicLong basicEmptyAt = new AtomicLong();
      adapter.endpointActivation(
          endpoint(order, "b", deliveryMs, current, peak, basicDone, basicMessages, basicEmptyAt),
          spec("bench-basic-" + suffix, 3, loops));
      adapter.endpointActivation(
          endpoint(order, "l", deliveryMs, current, peak, null, 0, null),
          spec("bench-lite-" + suffix, 1, loops));
      WeightedSlots group = adapter.slotGroups().group("ai-cpu");
      long samples = 0;
      long inUse = 0;
      while (basicDone.get() < basicMessages) {
        Thread.sleep(5);
        samples++;
        inUse += group.inUse();
      }
      double seconds = (basicEmptyAt.get() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "Adapter + ElasticMQ, %s, %d ms deliveries, %d loops per queue, group of %d:%n"
              + "  %d deliveries until basic's %d were done, in %.2f s (%.1f/s; %d slots at"
              + " %d ms allow %.1f/s); slots in use on average %.2f, peak %d%n",
          liteBusy ? "both queues busy" : "lite idle",
          deliveryMs,
          loops,
          GROUP,
          order.size(),
          basicMessages,
          seconds,
          order.size() / seconds,
          GROUP,
          deliveryMs,
          GROUP * 1000.0 / deliveryMs,
          inUse / (double) samples,
          peak.get());
      if (liteBusy) {
        windows("  ", order, "b");
      }
    } finally {
      adapter.stop();
    }
  }

  private static SqsActivationSpec spec(String queue, int weight, int loops) {
    SqsActivationSpec spec = new SqsActivationSpec();
    spec.setQueueName(queue);
    spec.setMaxConcurrency(loops);
    spec.setWaitTimeSeconds(1);
    spec.setSlotGroup("ai-cpu");
    spec.setSlotGroupSize(GROUP);
    spec.setSlotWeight(weight);
    return spec;
  }

  private static Fakes.EndpointFactory endpoint(
      List<String> order,
      String tag,
      long deliveryMs,
      AtomicInteger current,
      AtomicInteger peak,
      AtomicInteger done,
      int expected,
      AtomicLong doneAt) {
    return new Fakes.EndpointFactory(
        m -> {
          peak.accumulateAndGet(current.incrementAndGet(), Math::max);
          order.add(tag);
          try {
            Thread.sleep(deliveryMs);
          } finally {
            current.decrementAndGet();
          }
          if (done != null && done.incrementAndGet() == expected) {
            doneAt.set(System.nanoTime());
          }
        },
        null,
        false);
  }
}
