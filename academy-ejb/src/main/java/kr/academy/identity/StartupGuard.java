package kr.academy.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import kr.academy.common.PhoneNumber;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bootstraps the platform admin from configuration and refuses to start without the credentials it
 * needs: none of them has a default in the shared configuration, and the values the launcher passes
 * to a local run (the local ones below) are refused outside role {@code all}, a developer's
 * machine.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class StartupGuard {

  private static final Logger LOG = Logger.getLogger(StartupGuard.class.getName());

  static final String LOCAL_ROLE = "all";
  static final String LOCAL_ADMIN_PASSWORD = "admin";
  static final String LOCAL_OPERATOR_PASSWORD = "operator";
  static final String LOCAL_KEYSTORE_PASSWORD = "academy-local-keystore";
  private static final List<String> LOCAL_VALUES =
      List.of(LOCAL_ADMIN_PASSWORD, LOCAL_OPERATOR_PASSWORD, LOCAL_KEYSTORE_PASSWORD);

  @Inject
  @ConfigProperty(name = "academy.role", defaultValue = LOCAL_ROLE)
  String role;

  @Inject
  @ConfigProperty(name = "academy.platform-admin.phone", defaultValue = "01000000000")
  String adminPhone;

  @Inject
  @ConfigProperty(name = "academy.platform-admin.name", defaultValue = "Platform admin")
  String adminName;

  @Inject
  @ConfigProperty(name = "academy.platform-admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "academy.admin-center.password")
  Optional<String> operatorPassword;

  @Inject
  @ConfigProperty(name = "academy.keystore.password")
  Optional<String> keystorePassword;

  @Inject PlatformAdmins admins;

  @PostConstruct
  void start() {
    refuseMissingOrLocalCredentials();
    PhoneNumber phone =
        PhoneNumber.parse(adminPhone, PhoneNumber.Usage.MOBILE, "academy.platform-admin.phone");
    admins.ensure(phone, adminName, adminPassword.orElseThrow());
    LOG.info(() -> "role " + role + ": platform admin " + phone.masked() + " is ready");
  }

  void refuseMissingOrLocalCredentials() {
    List<String> missing = credentials(value -> value.isEmpty() || value.get().isBlank());
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "role '"
              + role
              + "' refuses to start without "
              + String.join(", ", missing)
              + " (./academy run and ./academy test pass local values)");
    }
    List<String> local =
        credentials(value -> value.isPresent() && LOCAL_VALUES.contains(value.get()));
    if (!LOCAL_ROLE.equals(role) && !local.isEmpty()) {
      throw new IllegalStateException(
          "role '"
              + role
              + "' refuses to start with the local development credentials; configure "
              + String.join(", ", local));
    }
  }

  /** The names of the credentials whose value matches. */
  List<String> credentials(Predicate<Optional<String>> matching) {
    List<String> found = new ArrayList<>();
    if (matching.test(adminPassword)) {
      found.add("academy.platform-admin.password");
    }
    if (matching.test(operatorPassword)) {
      found.add("academy.admin-center.password");
    }
    if (matching.test(keystorePassword)) {
      found.add("academy.keystore.password");
    }
    return found;
  }
}
