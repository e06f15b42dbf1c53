package kr.academy.messaging;

import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/** The bound academy's message batches. */
public interface MessageBatchRepository {

  void add(MessageBatch batch);

  void flush();

  Optional<MessageBatch> find(UUID batchId);

  /** The batch, locked until the transaction ends: releases and cancellations take turns. */
  Optional<MessageBatch> lock(UUID batchId);

  Optional<MessageBatch> findByIdempotencyKey(String key);

  /** Newest first. */
  Page<MessageBatch> page(PageRequest page);
}
