package kr.academy.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request to text many people: students (their parents, themselves or both) or phone numbers, one
 * text, now or at {@code scheduledAt}.
 */
public record MessageRequest(
    Recipients recipients,
    MessageContent.Draft draft,
    Instant scheduledAt,
    String idempotencyKey,
    Long requestedBy) {

  /** Whom to text: either students with a target, or phone numbers. */
  public record Recipients(List<Long> studentIds, Target target, List<String> phones) {
    public Recipients {
      studentIds = studentIds == null ? List.of() : List.copyOf(studentIds);
      // A null among the phones is listed as an invalid recipient, not a failed request.
      phones = phones == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(phones));
    }

    public int size() {
      return studentIds.size() * (target == Target.BOTH ? 2 : 1) + phones.size();
    }
  }

  /** Which phone of each student. */
  public enum Target {
    PARENTS,
    STUDENTS,
    BOTH
  }

  public MessageRequest {
    idempotencyKey = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey;
  }

  /**
   * What the request asks for, as a hash: the same {@code Idempotency-Key} with a different request
   * is refused, since it cannot mean the same thing.
   */
  public String fingerprint() {
    MessageContent.Draft d = draft;
    Map<String, String> variables = d.variables() == null ? Map.of() : new TreeMap<>(d.variables());
    String canonical =
        String.join(
            "\u0000",
            String.valueOf(recipients.studentIds()),
            String.valueOf(recipients.target()),
            String.valueOf(recipients.phones()),
            String.valueOf(d.kind()),
            String.valueOf(d.text()),
            String.valueOf(d.subject()),
            String.valueOf(d.templateCode()),
            String.valueOf(variables),
            String.valueOf(d.advertisement()),
            String.valueOf(scheduledAt));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
