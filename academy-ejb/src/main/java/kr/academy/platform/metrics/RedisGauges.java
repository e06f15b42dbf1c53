package kr.academy.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.ToLongFunction;
import kr.academy.common.Sampled;
import kr.academy.platform.RedisStats;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Redis's memory and evictions as gauges, read at most once per {@code
 * academy.metrics.redis-interval} whatever the scrapes (NaN while Redis cannot be read).
 */
@ApplicationScoped
public class RedisGauges {

  @Inject RedisStats stats;
  @Inject Clock clock;
  @Inject MetricRegistry registry;

  @Inject
  @ConfigProperty(name = "academy.metrics.redis-interval", defaultValue = "30")
  long intervalSeconds;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Sampled<RedisStats.Usage> usage =
        new Sampled<>(
            "Redis INFO memory and stats", stats::read, Duration.ofSeconds(intervalSeconds), clock);
    gauge(
        usage,
        "academy.redis.memory.used",
        MetricUnits.BYTES,
        "Memory Redis uses (used_memory)",
        RedisStats.Usage::usedBytes);
    gauge(
        usage,
        "academy.redis.memory.max",
        MetricUnits.BYTES,
        "Redis's memory limit (maxmemory; 0: none)",
        RedisStats.Usage::maxBytes);
    gauge(
        usage,
        "academy.redis.evicted_keys",
        MetricUnits.NONE,
        "Keys Redis evicted for memory since it started (evicted_keys)",
        RedisStats.Usage::evictedKeys);
  }

  private void gauge(
      Sampled<RedisStats.Usage> usage,
      String name,
      String unit,
      String description,
      ToLongFunction<RedisStats.Usage> value) {
    registry.gauge(
        Metadata.builder().withName(name).withDescription(description).withUnit(unit).build(),
        () -> usage.get().map(u -> (double) value.applyAsLong(u)).orElse(Double.NaN));
  }
}
