package kr.academy.common;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work that must see only what was committed: it runs once the caller's transaction has. */
public final class AfterCommit {

  private AfterCommit() {}

  /**
   * Runs {@code action} after the current transaction commits (never after a rollback), or at once
   * when there is none.
   */
  public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
    if (transactions.getTransactionKey() == null) {
      action.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              action.run();
            }
          }
        });
  }
}
