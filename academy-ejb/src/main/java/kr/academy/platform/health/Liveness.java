package kr.academy.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Liveness says whether this process should be restarted. It reports every dependency (as data,
 * {@code UP} or {@code DOWN: reason}) but fails only when the JVM itself is in trouble: restarting
 * every task during a Redis or database outage would only add a restart storm to the outage, and
 * workers must keep working while Redis is down. Readiness fails on dependencies.
 */
@ApplicationScoped
@org.eclipse.microprofile.health.Liveness
public class Liveness implements HealthCheck {

  @Inject
  @ConfigProperty(name = "academy.role", defaultValue = "all")
  String role;

  @Inject
  @ConfigProperty(name = "academy.health.max-heap-used-ratio", defaultValue = "0.95")
  double maxHeapUsedRatio;

  @Inject DependencyProbes probes;

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    double ratio = (double) used / runtime.maxMemory();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("process")
            .status(ratio < maxHeapUsedRatio)
            .withData("role", role)
            .withData("heapUsedPercent", Math.round(ratio * 100));
    probes
        .all()
        .forEach(
            (name, probe) ->
                response.withData(
                    name, probe.get().map(problem -> "DOWN: " + problem).orElse("UP")));
    return response.build();
  }
}
