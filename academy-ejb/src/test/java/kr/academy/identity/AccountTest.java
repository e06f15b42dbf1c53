package kr.academy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import kr.academy.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final TenantId TENANT = new TenantId(7);

  @Test
  void subjectsWeIssueReadBack() {
    assertEquals(Optional.of(Account.member(TENANT, 12)), Account.of("user:12", TENANT));
    assertEquals(Optional.of(Account.platformAdmin(3)), Account.of("admin:3", null));
    assertEquals("user:12", Account.member(TENANT, 12).subject());
    assertEquals("admin:3", Account.platformAdmin(3).subject());
  }

  @Test
  void anythingElseIsNoAccount() {
    for (String subject :
        new String[] {null, "user:x", "user:", "someone", "admin:99999999999999999999"}) {
      assertTrue(Account.of(subject, TENANT).isEmpty(), subject);
    }
    assertTrue(Account.of("user:12", null).isEmpty(), "a member always has an academy");
    assertTrue(Account.of("admin:3", TENANT).isEmpty(), "a platform admin never has one");
  }
}
