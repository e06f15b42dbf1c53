package kr.academy.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A Korean phone number in its one canonical form: national digits without separators ({@code
 * 01012345678}, {@code 0212345678}). {@code 010-1234-5678}, {@code 01012345678} and {@code +82 10
 * 1234 5678} are the same number. The canonical form is what Solapi expects and what import
 * matching compares.
 */
public record PhoneNumber(String digits) {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String REGION = "KR";

  /** Which numbers make sense for a field. */
  public enum Usage {
    /** A person who logs in or receives texts: a mobile number (010, 011, ...). */
    MOBILE,
    /** An academy's own line: mobile, landline (02-123-4567), 070 or 080/15xx numbers. */
    ANY
  }

  public PhoneNumber {
    if (digits == null || !digits.matches("0\\d{8,10}")) {
      throw new IllegalArgumentException("not a canonical Korean number: " + digits);
    }
  }

  /**
   * Parses what a person typed. The field name goes into the error so the user sees which of
   * several numbers is wrong.
   */
  public static PhoneNumber parse(String raw, Usage usage, String field) {
    if (raw == null || raw.isBlank()) {
      throw DomainException.invalid(field, field + " is required");
    }
    Phonenumber.PhoneNumber parsed;
    try {
      parsed = UTIL.parse(raw.trim(), REGION);
    } catch (NumberParseException e) {
      throw DomainException.invalid(field, field + " is not a phone number: " + raw);
    }
    if (parsed.getCountryCode() != 82 || !UTIL.isValidNumberForRegion(parsed, REGION)) {
      throw DomainException.invalid(field, field + " is not a valid Korean phone number: " + raw);
    }
    if (usage == Usage.MOBILE && UTIL.getNumberType(parsed) != PhoneNumberType.MOBILE) {
      throw DomainException.invalid(field, field + " must be a mobile number: " + raw);
    }
    return new PhoneNumber("0" + UTIL.getNationalSignificantNumber(parsed));
  }

  /** Like {@link #parse} but absent input stays absent. */
  public static PhoneNumber parseOptional(String raw, Usage usage, String field) {
    return raw == null || raw.isBlank() ? null : parse(raw, usage, field);
  }

  /** The way Koreans write it, e.g. {@code 010-1234-5678}. */
  public String display() {
    try {
      return UTIL.format(UTIL.parse(digits, REGION), PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
    } catch (NumberParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * For logs, which must not hold phone numbers (docs/operations.md, Logs): written as Koreans
   * write it with every digit but the first three and the last four hidden, e.g. {@code
   * 010-****-5678}.
   */
  public String masked() {
    StringBuilder masked = new StringBuilder(display());
    int digit = 0;
    for (int i = 0; i < masked.length(); i++) {
      if (Character.isDigit(masked.charAt(i))) {
        if (digit >= 3 && digit < digits.length() - 4) {
          masked.setCharAt(i, '*');
        }
        digit++;
      }
    }
    return masked.toString();
  }

  @Override
  public String toString() {
    return digits;
  }
}
