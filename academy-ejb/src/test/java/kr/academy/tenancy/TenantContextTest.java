package kr.academy.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantContextTest {

  @Test
  void failsClosedWithoutATenant() {
    TenantContext context = new TenantContext();
    assertTrue(context.current().isEmpty());
    assertThrows(NoTenantBoundException.class, context::require);
  }

  @Test
  void oneRequestActsForOneTenant() {
    TenantContext context = new TenantContext();
    context.bind(new TenantId(7));
    context.bind(new TenantId(7));
    assertEquals(new TenantId(7), context.require());
    assertThrows(IllegalStateException.class, () -> context.bind(new TenantId(8)));
  }

  @Test
  void slugsAreValidatedOnCreation() {
    assertThrows(
        Exception.class, () -> new Tenant(new TenantId(1), "-Bad", "학원", Plan.LITE, Instant.EPOCH));
  }
}
