package kr.academy.jobs.outbox;

import java.util.List;

/** The outbox table: written in the job change's transaction, drained by the relay. */
public interface OutboxRepository {

  /** An outbox row as the relay sends it; {@code traceParent} may be null. */
  record Pending(long id, String queue, String body, String traceParent) {}

  /** Adds the message to the caller's transaction. */
  void add(OutboxMessage message);

  /**
   * The oldest {@code max} rows no other relay holds, locked until the caller's transaction ends.
   */
  List<Pending> lockOldest(int max);

  void delete(List<Long> ids);
}
