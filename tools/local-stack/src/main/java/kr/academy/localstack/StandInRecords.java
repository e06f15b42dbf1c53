package kr.academy.localstack;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** What the Solapi stand-in keeps: how it treats each number, and every text it received. */
final class StandInRecords {

  private StandInRecords() {}

  /** How the stand-in treats one sender number. */
  static final class Sender {
    volatile boolean registered = true;
    volatile long balance = Long.MAX_VALUE;
    volatile int failNext;
    volatile long delayMillis;
  }

  /** How the stand-in treats one recipient number. */
  static final class Recipient {
    volatile String sendCode;
    volatile String reportCode;
    volatile boolean kakaoUser = true;
  }

  /** One accepted or refused text. */
  record Text(
      String messageId,
      String groupId,
      String to,
      String from,
      String type,
      String text,
      String subject,
      JsonNode kakaoOptions,
      JsonNode customFields,
      String statusCode,
      Instant receivedAt) {}
}
