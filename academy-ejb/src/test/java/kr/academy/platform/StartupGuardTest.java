package kr.academy.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupGuardTest {

  private static StartupGuard guard(String role, String adminPassword) {
    StartupGuard guard = new StartupGuard();
    guard.role = role;
    guard.adminPassword = adminPassword;
    guard.operatorPassword = StartupGuard.DEFAULT_OPERATOR_PASSWORD;
    guard.keystorePassword = StartupGuard.DEFAULT_KEYSTORE_PASSWORD;
    return guard;
  }

  @Test
  void theLocalRoleRunsWithTheDefaults() {
    assertDoesNotThrow(guard("all", "admin")::refuseLocalDefaultsOutsideLocalRole);
  }

  @Test
  void everyOtherRoleRefusesAndNamesWhatToConfigure() {
    for (String role : new String[] {"api", "video-worker", "messaging-worker"}) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              guard(role, "admin")::refuseLocalDefaultsOutsideLocalRole);
      assertTrue(e.getMessage().contains("academy.platform-admin.password"), e.getMessage());
      assertTrue(e.getMessage().contains("academy.admin-center.password"), e.getMessage());
    }
  }

  @Test
  void onlyTheRemainingDefaultsAreNamed() {
    StartupGuard guard = guard("api", "a-real-secret");
    guard.operatorPassword = "another-secret";
    assertEquals(List.of("academy.keystore.password"), guard.defaultCredentialsInUse());
  }
}
