package kr.academy.jobs.operations;

import java.util.List;

/** The dead-letter queues, as a re-drive reads and empties them. */
public interface DeadLetters {

  /** A message that used up its deliveries. */
  record Letter(String id, String body, String receipt) {}

  /**
   * Up to ten letters of {@code queue}, hidden from other readers for a minute; empty once the
   * queue is drained.
   */
  List<Letter> receive(String queue);

  void delete(String queue, Letter letter);
}
