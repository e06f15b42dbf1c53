package kr.academy.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The SMS/LMS/AlimTalk provider (Solapi), as the messaging worker needs it. */
public interface TextProvider {

  /** The provider could not be reached or failed inside; the call may be tried again. */
  final class Unavailable extends Exception {
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The provider refused the whole request (credentials, balance, format); retrying is useless. */
  final class Refused extends Exception {
    public Refused(String message) {
      super(message);
    }
  }

  /** Sends texts with the same content in one request; one receipt per text, by key. */
  Map<UUID, ProviderReceipt> send(
      String senderNumber, MessageContent content, List<OutgoingText> texts)
      throws Unavailable, Refused;

  /**
   * The texts among {@code keys} the provider received from {@code senderNumber} since {@code
   * since}: what a call that ended in doubt did deliver.
   */
  Map<UUID, ProviderReceipt> findSent(String senderNumber, Instant since, Collection<UUID> keys)
      throws Unavailable, Refused;

  /** The current status of every text of one provider group, by message id. */
  Map<String, ProviderReceipt> reports(String groupId) throws Unavailable, Refused;

  /** The longest one call may take: a call started longer ago than this has ended. */
  Duration callTimeout();
}
