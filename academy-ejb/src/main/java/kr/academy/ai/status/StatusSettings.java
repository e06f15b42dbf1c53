package kr.academy.ai.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** The status detection knobs (docs/configuration.md, {@code academy.ai.status.*}). */
@ApplicationScoped
public class StatusSettings {

  private StatusRule rule = StatusRule.DEFAULT;

  public StatusSettings() {}

  @Inject
  void configure(Config config) {
    rule =
        new StatusRule(
            value(config, "blank-below", rule.blankBelow()),
            value(config, "complete-from", rule.completeFrom()),
            value(config, "line-height", rule.lineHeight()),
            value(config, "ink-contrast", rule.inkContrast()),
            value(config, "line-ink", rule.lineInk()));
  }

  private static double value(Config config, String name, double fallback) {
    return config.getOptionalValue("academy.ai.status." + name, Double.class).orElse(fallback);
  }

  /** The configured rule. */
  public StatusRule rule() {
    return rule;
  }
}
