package kr.academy.web.omr;

import java.util.UUID;
import kr.academy.common.DomainException;

/** The UUIDs in OMR paths: one that does not parse names nothing, like an id of another academy. */
final class OmrIds {

  private OmrIds() {}

  static UUID of(String id, String what) {
    try {
      if (id != null) {
        return UUID.fromString(id);
      }
    } catch (IllegalArgumentException e) {
      // answered below like any id the academy does not have
    }
    throw DomainException.notFound(what);
  }
}
