package kr.academy.ai.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.academy.ai.AiDevice;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness check {@code ai}: always up (no device is no reason to restart), and says which device
 * the AI engines run on ({@code device}), so an operator sees whether a PREMIUM task got its GPU.
 */
@ApplicationScoped
@Liveness
public class AiDeviceCheck implements HealthCheck {

  @Inject AiDevice device;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("ai").up().withData("device", device.describe()).build();
  }
}
