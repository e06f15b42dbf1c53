package kr.academy.ai.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import kr.academy.ai.AiDevice;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness check {@code ai}: always up (no device is no reason to restart), and says which device
 * the AI engines run on ({@code device}), so an operator sees whether a PREMIUM task got its GPU. A
 * role that runs no AI says so without asking: asking loads OpenCV's natives (seconds, tens of
 * megabytes) into a process that never uses them, on its first health probe.
 */
@ApplicationScoped
@Liveness
public class AiDeviceCheck implements HealthCheck {

  /** The roles whose processes run AI work (DESIGN §1). */
  static final Set<String> AI_ROLES = Set.of("ai-worker-cpu", "ai-worker-gpu", "all");

  @Inject AiDevice device;

  @Inject
  @ConfigProperty(name = "academy.role", defaultValue = "all")
  String role;

  @Override
  public HealthCheckResponse call() {
    String used = AI_ROLES.contains(role) ? device.describe() : "none (role " + role + ")";
    return HealthCheckResponse.named("ai").up().withData("device", used).build();
  }
}
