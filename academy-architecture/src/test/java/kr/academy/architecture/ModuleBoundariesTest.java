package kr.academy.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dependencies point one way (DESIGN §2): web → ejb, workers → ejb, ejb → nothing of ours. */
class ModuleBoundariesTest {

  @Test
  void webAndWorkersNeverImportEachOther() {
    noClasses()
        .that()
        .resideInAPackage("kr.academy.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("kr.academy.workers..")
        .check(Modules.product());
    noClasses()
        .that()
        .resideInAPackage("kr.academy.workers..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("kr.academy.web..")
        .check(Modules.product());
  }

  @Test
  void ejbImportsNoOtherModule() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("kr.academy.web..", "kr.academy.workers..", "kr.academy.sqsra..")
        .check(Modules.classes(Modules.EJB));
  }

  @Test
  void resourceAdapterImportsNothingOfTheProduct() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("kr.academy..").and(resideOutsideOfPackage("kr.academy.sqsra..")))
        .check(Modules.classes(Modules.SQS_RA));
  }

  /**
   * The adapter's shared-bound scheduler is plain Java, so its tests drive it deterministically
   * with threads alone (docs/architecture.md, AI fair sharing).
   */
  @Test
  void slotSchedulingKnowsNoConnectorsJmsNorSdk() {
    noClasses()
        .that()
        .haveNameMatching("kr\\.academy\\.sqsra\\.(WeightedSlots|SlotGroups)(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta..", "javax..", "software.amazon..", "com.amazon..")
        .check(Modules.classes(Modules.SQS_RA));
  }

  /**
   * Features never form a cycle. A feature's concern sub-packages ({@code jobs.outbox}, {@code
   * jobs.progress}, …) belong to it and may refer to its root; its infrastructure sub-packages are
   * leaves ({@link InfrastructureTest}).
   */
  @ParameterizedTest
  @ValueSource(strings = {Modules.EJB, Modules.WEB, Modules.WORKERS, Modules.SQS_RA})
  void noCyclesBetweenFeatures(String module) {
    slices()
        .matching(module.equals(Modules.EJB) ? "kr.academy.(*).." : "kr.academy.*.(*)..")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(Modules.classes(module));
  }

  @ParameterizedTest
  @ValueSource(strings = {Modules.WEB, Modules.WORKERS, Modules.SQS_RA})
  void noCyclesBetweenAnyPackagesOutsideTheDomain(String module) {
    slices().matching("kr.academy.(**)").should().beFreeOfCycles().check(Modules.classes(module));
  }
}
