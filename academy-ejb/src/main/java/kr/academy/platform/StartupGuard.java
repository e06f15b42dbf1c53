package kr.academy.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import kr.academy.common.PhoneNumber;
import kr.academy.identity.PlatformAdmins;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bootstraps the platform admin from configuration and refuses to start a deployed role with the
 * local defaults: only role {@code all} (a developer's machine) may run with them.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class StartupGuard {

  private static final Logger LOG = Logger.getLogger(StartupGuard.class.getName());

  static final String LOCAL_ROLE = "all";
  static final String DEFAULT_ADMIN_PASSWORD = "admin";
  static final String DEFAULT_OPERATOR_PASSWORD = "operator";
  static final String DEFAULT_KEYSTORE_PASSWORD = "academy-local-keystore";

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
  @ConfigProperty(name = "academy.platform-admin.password", defaultValue = DEFAULT_ADMIN_PASSWORD)
  String adminPassword;

  @Inject
  @ConfigProperty(name = "academy.admin-center.password", defaultValue = DEFAULT_OPERATOR_PASSWORD)
  String operatorPassword;

  @Inject
  @ConfigProperty(name = "academy.keystore.password", defaultValue = DEFAULT_KEYSTORE_PASSWORD)
  String keystorePassword;

  @Inject PlatformAdmins admins;

  @PostConstruct
  void start() {
    refuseLocalDefaultsOutsideLocalRole();
    PhoneNumber phone =
        PhoneNumber.parse(adminPhone, PhoneNumber.Usage.MOBILE, "academy.platform-admin.phone");
    admins.ensure(phone, adminName, adminPassword);
    LOG.info(() -> "role " + role + ": platform admin " + phone.display() + " is ready");
  }

  void refuseLocalDefaultsOutsideLocalRole() {
    List<String> defaults = defaultCredentialsInUse();
    if (!LOCAL_ROLE.equals(role) && !defaults.isEmpty()) {
      throw new IllegalStateException(
          "role '"
              + role
              + "' refuses to start with default credentials; configure "
              + String.join(", ", defaults));
    }
  }

  List<String> defaultCredentialsInUse() {
    List<String> found = new ArrayList<>();
    if (DEFAULT_ADMIN_PASSWORD.equals(adminPassword)) {
      found.add("academy.platform-admin.password");
    }
    if (DEFAULT_OPERATOR_PASSWORD.equals(operatorPassword)) {
      found.add("academy.admin-center.password");
    }
    if (DEFAULT_KEYSTORE_PASSWORD.equals(keystorePassword)) {
      found.add("academy.keystore.password");
    }
    return found;
  }
}
