package kr.academy.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupGuardTest {

  private static StartupGuard guard(String role, String adminPassword) {
    StartupGuard guard = new StartupGuard();
    guard.role = role;
    guard.adminPassword = Optional.ofNullable(adminPassword);
    guard.operatorPassword = Optional.of(StartupGuard.LOCAL_OPERATOR_PASSWORD);
    guard.keystorePassword = Optional.of(StartupGuard.LOCAL_KEYSTORE_PASSWORD);
    return guard;
  }

  @Test
  void theLocalRoleRunsWithTheLocalValues() {
    assertDoesNotThrow(guard("all", "admin")::refuseMissingOrLocalCredentials);
  }

  @Test
  void everyOtherRoleRefusesTheLocalValuesAndNamesWhatToConfigure() {
    for (String role : new String[] {"api", "video-worker", "messaging-worker"}) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, guard(role, "admin")::refuseMissingOrLocalCredentials);
      assertTrue(e.getMessage().contains("academy.platform-admin.password"), e.getMessage());
      assertTrue(e.getMessage().contains("academy.admin-center.password"), e.getMessage());
    }
  }

  @Test
  void onlyTheRemainingLocalValuesAreNamed() {
    StartupGuard guard = guard("api", "a-real-secret");
    guard.operatorPassword = Optional.of("another-secret");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, guard::refuseMissingOrLocalCredentials);
    assertTrue(e.getMessage().endsWith("configure academy.keystore.password"), e.getMessage());
  }

  @Test
  void everyRoleRefusesToStartWithoutCredentials() {
    for (String role : new String[] {"all", "api"}) {
      StartupGuard guard = guard(role, null);
      guard.keystorePassword = Optional.of("  ");
      IllegalStateException e =
          assertThrows(IllegalStateException.class, guard::refuseMissingOrLocalCredentials);
      assertTrue(
          e.getMessage().contains("without academy.platform-admin.password, academy.keystore"),
          e.getMessage());
      assertFalse(e.getMessage().contains("academy.admin-center.password"), e.getMessage());
    }
  }
}
