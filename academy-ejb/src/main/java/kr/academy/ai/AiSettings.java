package kr.academy.ai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.academy.pages.PageLimits;
import kr.academy.tenancy.Plan;
import org.eclipse.microprofile.config.Config;

/**
 * The AI knobs (docs/configuration.md, AI jobs). PREMIUM runs on its own pool (ai-worker-gpu) and
 * has limits of its own; LITE and BASIC share the CPU pool and one set of limits.
 */
@ApplicationScoped
public class AiSettings {

  private AiLimits standard =
      new AiLimits(
          100L * 1024 * 1024, 50, 100, new PageLimits(100L * 1024 * 1024, 100, 36_000_000L, 300));
  private AiLimits premium =
      new AiLimits(
          400L * 1024 * 1024, 200, 500, new PageLimits(400L * 1024 * 1024, 500, 100_000_000L, 300));

  public AiSettings() {}

  @Inject
  void configure(Config config) {
    standard = read(config, "academy.ai.", standard);
    premium = read(config, "academy.ai.premium.", premium);
  }

  private static AiLimits read(Config config, String prefix, AiLimits fallback) {
    long uploadBytes =
        config
            .getOptionalValue(prefix + "max-upload-bytes", Long.class)
            .orElse(fallback.maxUploadBytes());
    int files =
        config.getOptionalValue(prefix + "max-files", Integer.class).orElse(fallback.maxFiles());
    int pages =
        config.getOptionalValue(prefix + "max-pages", Integer.class).orElse(fallback.maxPages());
    long pixels =
        config
            .getOptionalValue(prefix + "max-page-pixels", Long.class)
            .orElse(fallback.pages().maxPixels());
    int dpi =
        config
            .getOptionalValue(prefix + "pdf-dpi", Integer.class)
            .orElse(fallback.pages().renderDpi());
    return new AiLimits(uploadBytes, files, pages, new PageLimits(uploadBytes, pages, pixels, dpi));
  }

  public AiLimits limitsFor(Plan plan) {
    return plan == Plan.PREMIUM ? premium : standard;
  }

  /** The largest request any plan may send: what the API lets a body grow to before reading it. */
  public long largestUpload() {
    return Math.max(standard.maxUploadBytes(), premium.maxUploadBytes());
  }
}
