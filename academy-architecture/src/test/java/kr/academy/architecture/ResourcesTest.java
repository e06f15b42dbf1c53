package kr.academy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A resource is one shared instance. Liberty creates a request-scoped bean per request, and each
 * creation walks every class of the application that has injection metadata (copying sets of them
 * in {@code WebSphereInjectionServicesImpl.findReferenceContext}): the cost grows with the code
 * base. Request-scoped resources cost the students list 0.7 ms of CPU per request once issue 11 had
 * added its classes (docs/performance.md, "Re-run after issue 11"). Per-request state comes in as
 * method parameters ({@code @Context}, {@code @HeaderParam}) or through request-scoped proxies.
 */
class ResourcesTest {

  @Test
  void resourcesAreApplicationScoped() {
    classes()
        .that()
        .areAnnotatedWith("jakarta.ws.rs.Path")
        .should()
        .beAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
        .because("a request-scoped resource is created, with its injection, on every request")
        .check(Modules.classes(Modules.WEB));
  }

  @Test
  void requestStateIsNotAFieldOfAResource() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith("jakarta.ws.rs.Path")
        .should()
        .notBeAnnotatedWith("jakarta.ws.rs.core.Context")
        .because("one instance serves every request: the request comes in as a parameter")
        .allowEmptyShould(true)
        .check(Modules.classes(Modules.WEB));
  }

  /** The calls of academy-ejb's doors that create a job, or the video upload one is made from. */
  private static final Set<String> CREATING_JOBS =
      Set.of(
          "kr.academy.jobs.Jobs.submit",
          "kr.academy.ai.AiJobs.submit",
          "kr.academy.messaging.Messages.send",
          "kr.academy.students.imports.StudentImports.start",
          "kr.academy.media.Videos.create",
          "kr.academy.media.Videos.complete");

  @Test
  void whatCreatesAJobCountsAgainstTheAcademysJobLimit() {
    methods()
        .that(
            DescribedPredicate.describe(
                "create a job",
                (JavaMethod method) ->
                    method.getMethodCallsFromSelf().stream()
                        .anyMatch(
                            call ->
                                CREATING_JOBS.contains(
                                    call.getTargetOwner().getName() + "." + call.getName()))))
        .should()
        .beAnnotatedWith("kr.academy.web.security.CreatesJob")
        .because(
            "the academy's limit on job-creating requests counts the methods marked so"
                + " (docs/api.md, Rate limits)")
        .check(Modules.classes(Modules.WEB));
  }
}
