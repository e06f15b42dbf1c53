package kr.academy.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads an {@link AcademySweep}'s due items across every academy: ids only. */
public interface DueItems {

  /** An item due in one academy. */
  record DueItem(TenantId tenant, UUID id) {}

  List<DueItem> find(String function, Instant now, int max);
}
