package kr.academy.jobs.operations;

/** How many messages wait in an SQS queue, as SQS approximates them. */
public interface QueueDepths {

  /** Messages ready to be received ({@code waiting}) and received but not yet deleted. */
  record Depth(long waiting, long inFlight) {}

  /** The depth of the queue named {@code queue}; throws when the queue cannot be read. */
  Depth depth(String queue);
}
