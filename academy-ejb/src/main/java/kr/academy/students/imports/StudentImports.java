package kr.academy.students.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import kr.academy.jobs.JobRequest;
import kr.academy.jobs.JobType;
import kr.academy.jobs.Jobs;
import kr.academy.platform.storage.ObjectStorage;
import kr.academy.platform.storage.ReceivedUpload;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.tenancy.TenantContext;

/**
 * Starts an import of the bound academy from an uploaded file: checks its size and kind, stores it
 * under the academy's prefix in the excel bucket, and submits the STUDENT_IMPORT job that reads it.
 * The stored name is the content's SHA-256, so the same file is stored once and the same file with
 * the same {@code Idempotency-Key} is recognised as the same request.
 */
@ApplicationScoped
public class StudentImports {

  @Inject Jobs jobs;
  @Inject ObjectStorage storage;
  @Inject ImportLimits limits;
  @Inject OleContainers ole;
  @Inject TenantContext tenant;

  public Jobs.Submitted start(
      InputStream content, String fileName, boolean dryRun, String idempotencyKey, Long requester)
      throws IOException {
    long max = limits.maxUploadBytes();
    try (ReceivedUpload received =
        ReceivedUpload.receive(
            content,
            max,
            "the file is larger than " + max + " bytes; split it into smaller files")) {
      SheetFormat format = SheetFormat.detect(received.path(), fileName, ole);
      StoredFile upload =
          StoredFile.of(
              tenant.require(),
              StorageBucket.EXCEL,
              "imports/uploads/" + received.sha256() + format.extension(),
              ReceivedUpload.shownName(fileName, "upload" + format.extension()));
      storage.put(upload, received.path(), format.contentType());
      return jobs.submit(
          new JobRequest(
              JobType.STUDENT_IMPORT,
              new StudentImportRequest(upload, format, dryRun).toJson(),
              idempotencyKey,
              requester));
    }
  }
}
