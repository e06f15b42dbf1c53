package kr.academy.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The compiled main classes of each product module, read once per test run. */
final class Modules {

  static final String EJB = "academy-ejb";
  static final String WEB = "academy-web";
  static final String WORKERS = "academy-workers";
  static final String SQS_RA = "academy-sqs-ra";
  static final String[] ALL = {EJB, WEB, WORKERS, SQS_RA};

  private static final Map<String, JavaClasses> CLASSES = new ConcurrentHashMap<>();

  private Modules() {}

  static Path root() {
    return Path.of(System.getProperty("academy.root", "..")).toAbsolutePath().normalize();
  }

  static JavaClasses classes(String module) {
    return CLASSES.computeIfAbsent(
        module,
        name -> {
          Path compiled = root().resolve(name).resolve("target/classes");
          if (!Files.isDirectory(compiled)) {
            throw new IllegalStateException(compiled + " is missing: build " + name + " first");
          }
          return new ClassFileImporter().importPath(compiled);
        });
  }

  static JavaClasses product() {
    return new ClassFileImporter()
        .importPaths(
            java.util.Arrays.stream(ALL)
                .map(m -> root().resolve(m).resolve("target/classes"))
                .toList());
  }
}
