package kr.academy.platform.storage;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import kr.academy.tenancy.TenantId;

/**
 * A file in object storage that belongs to one academy: its key always starts with the academy's
 * prefix (DESIGN §5), which {@link #of} checks so that no reference can point into another's.
 */
public record StoredFile(StorageBucket bucket, String key, String fileName) {

  /** {@code tenants/{id}/}: the prefix of every object of the academy. */
  public static String prefix(TenantId tenant) {
    return "tenants/" + tenant + "/";
  }

  public static StoredFile of(TenantId tenant, StorageBucket bucket, String path, String name) {
    return new StoredFile(bucket, prefix(tenant) + path, name);
  }

  public boolean belongsTo(TenantId tenant) {
    return key.startsWith(prefix(tenant)) && !key.contains("..");
  }

  public JsonObject toJson() {
    return Json.createObjectBuilder()
        .add("bucket", bucket.name())
        .add("key", key)
        .add("fileName", fileName)
        .build();
  }

  public static StoredFile fromJson(JsonObject json) {
    return new StoredFile(
        StorageBucket.valueOf(json.getString("bucket")),
        json.getString("key"),
        json.getString("fileName"));
  }
}
