package kr.academy.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Liveness says whether this process should be restarted. It deliberately does not fail when a
 * dependency is down (readiness does): restarting every task during a Redis or database outage
 * would only add a restart storm to the outage. It fails when the JVM itself is in trouble.
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

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    double ratio = (double) used / runtime.maxMemory();
    return HealthCheckResponse.named("process")
        .status(ratio < maxHeapUsedRatio)
        .withData("role", role)
        .withData("heapUsedPercent", Math.round(ratio * 100))
        .build();
  }
}
