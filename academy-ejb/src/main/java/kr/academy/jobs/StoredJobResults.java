package kr.academy.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import kr.academy.platform.storage.ObjectStorage;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.tenancy.TenantId;

/**
 * Results under 10 KB stay in the job row; larger ones go to the storage bucket under the academy's
 * prefix and the row keeps a reference, {@code {"resultFile": …}}.
 */
@ApplicationScoped
public class StoredJobResults implements JobResults {

  static final int INLINE_MAX_BYTES = 10 * 1024;

  @Inject ObjectStorage storage;

  @Override
  public String keep(TenantId tenant, JobId job, JsonObject result) {
    byte[] json = result.toString().getBytes(StandardCharsets.UTF_8);
    if (json.length < INLINE_MAX_BYTES) {
      return result.toString();
    }
    StoredFile file =
        StoredFile.of(tenant, StorageBucket.STORAGE, "jobs/" + job + "/result.json", "result.json");
    storage.put(file, json, "application/json");
    return Json.createObjectBuilder().add("resultFile", file.toJson()).build().toString();
  }
}
