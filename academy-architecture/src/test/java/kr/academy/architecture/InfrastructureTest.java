package kr.academy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inside {@code academy-ejb}, a feature's own package (its domain and use cases) speaks to no
 * infrastructure API: those calls live in the feature's infrastructure sub-packages, behind
 * interfaces the feature owns. JPA's mapping annotations are part of the domain model; the query
 * API is not.
 */
class InfrastructureTest {

  /** Sub-packages where a feature's adapters to infrastructure live. */
  static final List<String> INFRASTRUCTURE_PACKAGES =
      List.of(
          "jpa",
          "jdbc",
          "redis",
          "sqs",
          "s3",
          "jms",
          "poi",
          "javacv",
          "opencv",
          "tess4j",
          "pdfbox",
          "imageio",
          "solapi",
          "clients",
          "health",
          "flyway",
          "interceptors",
          "liberty",
          "otel",
          "metrics",
          "jmx");

  static final DescribedPredicate<JavaClass> INFRASTRUCTURE_API =
      DescribedPredicate.describe(
          "are an infrastructure API (JPA queries, JDBC, AWS, JMS, Redis, POI, JavaCV, Tess4J, PDFBox, ImageIO, JAX-RS, Liberty's own, OpenTelemetry, MicroProfile Metrics, JMX)",
          InfrastructureTest::isInfrastructureApi);

  static boolean isInfrastructureApi(JavaClass type) {
    String name = type.getName();
    if (name.startsWith("jakarta.persistence.")) {
      return name.startsWith("jakarta.persistence.criteria.")
          || List.of(
                  "jakarta.persistence.EntityManager",
                  "jakarta.persistence.EntityManagerFactory",
                  "jakarta.persistence.PersistenceContext",
                  "jakarta.persistence.PersistenceUnit",
                  "jakarta.persistence.Persistence",
                  "jakarta.persistence.Query",
                  "jakarta.persistence.TypedQuery",
                  "jakarta.persistence.StoredProcedureQuery")
              .contains(name);
    }
    if (name.startsWith("org.eclipse.persistence.")) {
      return !name.startsWith("org.eclipse.persistence.annotations.");
    }
    return List.of(
            "java.sql.",
            "javax.sql.",
            "software.amazon.",
            "com.amazon.",
            "jakarta.jms.",
            "org.redisson.",
            "org.apache.poi.",
            "org.bytedeco.",
            "net.sourceforge.tess4j.",
            "org.apache.pdfbox.",
            "javax.imageio.",
            "jakarta.ws.rs.",
            "java.net.http.",
            "com.ibm.websphere.",
            "io.opentelemetry.",
            "org.eclipse.microprofile.metrics.",
            "javax.management.",
            "java.lang.management.")
        .stream()
        .anyMatch(name::startsWith);
  }

  static final DescribedPredicate<JavaClass> IN_AN_INFRASTRUCTURE_PACKAGE =
      DescribedPredicate.describe(
          "reside in an infrastructure sub-package of ours",
          type ->
              type.getPackageName().startsWith("kr.academy.")
                  && List.of(type.getPackageName().split("\\.")).stream()
                      .anyMatch(INFRASTRUCTURE_PACKAGES::contains));

  static final DescribedPredicate<JavaClass> IN_A_FEATURE_PACKAGE =
      DescribedPredicate.describe(
          "reside in a feature's own package (not its infrastructure sub-packages)",
          type ->
              List.of(type.getPackageName().split("\\.")).stream()
                  .noneMatch(INFRASTRUCTURE_PACKAGES::contains));

  @Test
  void featurePackagesUseNoInfrastructureApi() {
    ArchRule rule =
        noClasses()
            .that(IN_A_FEATURE_PACKAGE)
            .should()
            .dependOnClassesThat(INFRASTRUCTURE_API)
            .because("a feature's domain and use cases reach infrastructure through its own ports");
    rule.check(Modules.classes(Modules.EJB));
  }

  @Test
  void infrastructureSubPackagesAreReachedOnlyThroughTheFeaturesInterfaces() {
    noClasses()
        .that(IN_A_FEATURE_PACKAGE)
        .should()
        .dependOnClassesThat(IN_AN_INFRASTRUCTURE_PACKAGE)
        .because("an adapter is chosen by the container (CDI), never named by the domain")
        .check(Modules.classes(Modules.EJB));
  }
}
