package kr.academy.messaging;

/**
 * An academy's lists of numbers. OPT_OUT numbers get no text from the academy at all (the 080
 * service's opt-outs are added when the provider reports them); NIGHT_CONSENT numbers agreed to
 * advertisements between 21:00 and 08:00.
 */
public enum PhoneList {
  OPT_OUT,
  NIGHT_CONSENT;

  /** Who put a number on a list. */
  public enum Source {
    STAFF,
    PROVIDER
  }

  /** One number on a list. */
  public record Entry(String phone, Source source, java.time.Instant addedAt) {}
}
