package kr.academy.platform.flyway;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the numbered migrations of {@code sql/} before anything else runs. It connects as the
 * schema owner; requests never do. Flyway's advisory lock makes concurrent starts of several
 * processes safe.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

  /**
   * Where the migrations of {@code sql/} are packaged. Liberty hands out wsjar: URLs that Flyway
   * can list only through a marker file {@code flyway.location} in each location it scans
   * (db/migration, and db/callback, which it always looks at).
   */
  private static final String LOCATION = "classpath:db/migration";

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = "jdbc/academyMigration")
  DataSource ownerDataSource;

  @Inject
  @ConfigProperty(name = "academy.db.user", defaultValue = "academy_app")
  String applicationRole;

  @Inject
  @ConfigProperty(name = "academy.db.migrate-on-start", defaultValue = "true")
  boolean migrateOnStart;

  @PostConstruct
  void migrate() {
    if (!migrateOnStart) {
      LOG.info("schema migrations skipped (academy.db.migrate-on-start=false)");
      return;
    }
    if (!applicationRole.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalStateException(
          "academy.db.user is not a plain role name: " + applicationRole);
    }
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(ownerDataSource)
            .locations(LOCATION)
            .placeholders(Map.of("app_role", applicationRole))
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
