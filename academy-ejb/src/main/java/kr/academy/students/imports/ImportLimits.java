package kr.academy.students.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How much one import may carry (docs/configuration.md). */
@ApplicationScoped
public class ImportLimits {

  @Inject
  @ConfigProperty(name = "academy.imports.max-upload-bytes", defaultValue = "20971520")
  long maxUploadBytes;

  @Inject
  @ConfigProperty(name = "academy.imports.max-rows", defaultValue = "100000")
  int maxRows;

  public long maxUploadBytes() {
    return maxUploadBytes;
  }

  public int maxRows() {
    return maxRows;
  }
}
