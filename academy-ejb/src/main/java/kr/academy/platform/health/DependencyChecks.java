package kr.academy.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the process can do its work only when every dependency answers. */
@ApplicationScoped
public class DependencyChecks {

  @Inject DependencyProbes probes;

  @Produces
  @Readiness
  HealthCheck database() {
    return check("database");
  }

  @Produces
  @Readiness
  HealthCheck redis() {
    return check("redis");
  }

  @Produces
  @Readiness
  HealthCheck queues() {
    return check("sqs");
  }

  @Produces
  @Readiness
  HealthCheck storage() {
    return check("storage");
  }

  private HealthCheck check(String name) {
    return () -> {
      Supplier<Optional<String>> probe = probes.all().get(name);
      Optional<String> problem = probe.get();
      var response = HealthCheckResponse.named(name);
      return problem.isEmpty()
          ? response.up().build()
          : response.down().withData("error", problem.get()).build();
    };
  }
}
