package kr.academy.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kr.academy.messaging.MessageContent;
import kr.academy.messaging.MessageType;
import kr.academy.messaging.OutgoingText;
import kr.academy.messaging.ProviderReceipt;
import kr.academy.messaging.TextProvider;

/**
 * The provider in memory: keeps every text it receives, answers each with the code set for its
 * phone (else accepted, 2000) and reports each as set for its phone and type (else delivered,
 * 4000). It can refuse requests, and it can go down: before receiving a request, or after, with its
 * answer lost on the way back (a call that ends in doubt).
 */
public final class InMemoryTextProvider implements TextProvider {

  /** A text as the provider received it. */
  public record Received(
      UUID key,
      String sender,
      String phone,
      MessageType type,
      String messageId,
      String groupId,
      String statusCode,
      Instant at) {}

  private final Clock clock;
  private final List<Received> received = new ArrayList<>();
  private final Map<String, String> atSend = new HashMap<>();
  private final Map<String, String> inReport = new HashMap<>();
  private int requests;
  private int answeredBeforeOutage = -1;
  private boolean receivesDuringOutage;
  private String refusal;
  private Duration callTimeout = Duration.ZERO;

  public InMemoryTextProvider(Clock clock) {
    this.clock = clock;
  }

  /** The provider answers a text to this phone with {@code code} when it is sent. */
  public void answerAtSend(String phone, String code) {
    atSend.put(phone, code);
  }

  /** The delivery report of a text of this type to this phone says {@code code}. */
  public void report(String phone, MessageType type, String code) {
    inReport.put(phone + "/" + type, code);
  }

  /** Every request from now on is refused with {@code reason}; null accepts them again. */
  public void refuse(String reason) {
    refusal = reason;
  }

  /**
   * After {@code answered} more send requests every call fails as unreachable. With {@code
   * receiving}, a failing send still delivers its texts: only the answer is lost.
   */
  public void outageAfter(int answered, boolean receiving) {
    answeredBeforeOutage = answered;
    receivesDuringOutage = receiving;
  }

  public void endOutage() {
    answeredBeforeOutage = -1;
  }

  /** Every text received, in order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The texts received for this phone. */
  public List<Received> receivedBy(String phone) {
    return received.stream().filter(text -> text.phone().equals(phone)).toList();
  }

  @Override
  public Map<UUID, ProviderReceipt> send(
      String senderNumber, MessageContent content, List<OutgoingText> texts)
      throws Unavailable, Refused {
    if (refusal != null) {
      throw new Refused(refusal);
    }
    boolean down = answeredBeforeOutage == 0;
    if (down && !receivesDuringOutage) {
      throw unreachable();
    }
    String groupId = "G" + ++requests;
    Map<UUID, ProviderReceipt> receipts = new LinkedHashMap<>();
    for (OutgoingText text : texts) {
      Received got =
          new Received(
              text.key(),
              senderNumber,
              text.phone(),
              text.type(),
              "M" + (received.size() + 1),
              groupId,
              atSend.getOrDefault(text.phone(), "2000"),
              clock.instant());
      received.add(got);
      receipts.put(text.key(), receipt(got, got.statusCode()));
    }
    if (down) {
      throw unreachable();
    }
    if (answeredBeforeOutage > 0) {
      answeredBeforeOutage--;
    }
    return receipts;
  }

  @Override
  public Map<UUID, ProviderReceipt> findSent(
      String senderNumber, Instant since, Collection<UUID> keys) throws Unavailable, Refused {
    available();
    Set<UUID> wanted = new HashSet<>(keys);
    Map<UUID, ProviderReceipt> found = new HashMap<>();
    for (Received text : received) {
      if (wanted.contains(text.key())
          && text.sender().equals(senderNumber)
          && !text.at().isBefore(since)) {
        found.put(text.key(), receipt(text, text.statusCode()));
      }
    }
    return found;
  }

  @Override
  public Map<String, ProviderReceipt> reports(String groupId) throws Unavailable, Refused {
    available();
    Map<String, ProviderReceipt> reports = new HashMap<>();
    for (Received text : received) {
      if (text.groupId().equals(groupId)) {
        reports.put(
            text.messageId(),
            receipt(text, inReport.getOrDefault(text.phone() + "/" + text.type(), "4000")));
      }
    }
    return reports;
  }

  private void available() throws Unavailable, Refused {
    if (refusal != null) {
      throw new Refused(refusal);
    }
    if (answeredBeforeOutage == 0) {
      throw unreachable();
    }
  }

  private static Unavailable unreachable() {
    return new Unavailable("the provider cannot be reached", null);
  }

  private static ProviderReceipt receipt(Received text, String code) {
    return new ProviderReceipt(text.key(), text.messageId(), text.groupId(), code, null);
  }

  /** How long a call may take; none by default, so a test never waits for an earlier one. */
  public void callTimeout(Duration timeout) {
    callTimeout = timeout;
  }

  @Override
  public Duration callTimeout() {
    return callTimeout;
  }
}
