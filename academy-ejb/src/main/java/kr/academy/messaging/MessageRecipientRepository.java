package kr.academy.messaging;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/**
 * The recipients of the bound academy's batches, moved in bulk: a batch may have tens of thousands.
 * {@code batch} is always the batch's row id ({@link MessageBatch#id()}).
 */
public interface MessageRecipientRepository {

  /** The active students among {@code studentIds}, with their phones. */
  Map<Long, RecipientPlan.Contact> contacts(Collection<Long> studentIds);

  /** Inserts the rows; every text to send is of {@code type}. */
  void insert(long batch, List<RecipientPlan.Row> rows, MessageType type, Instant now);

  Map<RecipientStatus, Integer> counts(long batch);

  /** Counts of many batches at once, for a list page. */
  Map<Long, Map<RecipientStatus, Integer>> counts(Collection<Long> batches);

  Page<RecipientView> page(long batch, RecipientStatus status, PageRequest page);

  /** SCHEDULED recipients become CANCELLED; returns how many. */
  int cancelScheduled(long batch, Instant now);

  /** SCHEDULED recipients whose time has come become QUEUED; returns how many. */
  int release(long batch, Instant now);

  /** The earliest time a held or waiting text of the batch may go. */
  Optional<Instant> nextRelease(long batch);

  /**
   * Up to {@code max} due QUEUED texts become SENDING, with their attempt counted and {@code now}
   * recorded: the record of a provider call about to be made.
   */
  List<OutgoingText> claim(long batch, Instant now, int max);

  /** Texts left SENDING by a call that ended in doubt (a crash, a timeout). */
  List<OutgoingText> inDoubt(long batch);

  void settle(List<Settlement> settlements, Instant now);

  /** SENT texts with their provider group, waiting for a delivery report. */
  List<SentText> awaitingReports(long batch);

  /** A SENT text: what its delivery report is matched on. */
  record SentText(
      long recipientId,
      String phone,
      String messageId,
      String groupId,
      MessageType type,
      int attempts) {}
}
