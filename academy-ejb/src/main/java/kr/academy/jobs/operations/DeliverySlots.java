package kr.academy.jobs.operations;

import java.util.Optional;

/** The deliveries this process's consumers of a queue run at once, against their bound. */
public interface DeliverySlots {

  /**
   * Deliveries of the queue running now ({@code inUse}) and the most that may ({@code max}: the
   * activation's {@code maxConcurrency}, or the size of the slot group it shares).
   */
  record Slots(int inUse, int max) {}

  /** Empty when this process runs no consumer of the queue named {@code queue}. */
  Optional<Slots> of(String queue);
}
