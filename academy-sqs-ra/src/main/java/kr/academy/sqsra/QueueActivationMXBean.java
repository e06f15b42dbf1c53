package kr.academy.sqsra;

/**
 * What a running activation shows on the platform MBean server, as {@code
 * kr.academy.sqsra:type=QueueActivation,queue="<queue>"}: plain attributes, so that a reader (the
 * application's metrics, a JMX console) needs no class of the adapter.
 */
public interface QueueActivationMXBean {

  /** The queue's name, or its URL when the activation spec gives one. */
  String getQueue();

  /** Deliveries inside the endpoint now (each holds a slot of the bound). */
  int getDeliveriesInFlight();

  /**
   * The bound on those deliveries: {@code maxConcurrency}, or {@code slotGroupSize} when the spec
   * names a slot group (then shared with the group's other queues).
   */
  int getMaxDeliveries();
}
