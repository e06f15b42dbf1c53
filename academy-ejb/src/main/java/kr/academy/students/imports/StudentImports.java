package kr.academy.students.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kr.academy.common.DomainException;
import kr.academy.jobs.JobRequest;
import kr.academy.jobs.JobType;
import kr.academy.jobs.Jobs;
import kr.academy.platform.storage.ObjectStorage;
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

  static final int FILE_NAME_MAX = 200;

  @Inject Jobs jobs;
  @Inject ObjectStorage storage;
  @Inject ImportLimits limits;
  @Inject OleContainers ole;
  @Inject TenantContext tenant;

  public Jobs.Submitted start(
      InputStream content, String fileName, boolean dryRun, String idempotencyKey, Long requester)
      throws IOException {
    Path received = Files.createTempFile("student-upload-", ".part");
    try {
      String digest = receive(content, received);
      SheetFormat format = SheetFormat.detect(received, fileName, ole);
      StoredFile upload =
          StoredFile.of(
              tenant.require(),
              StorageBucket.EXCEL,
              "imports/uploads/" + digest + format.extension(),
              shownName(fileName, format));
      storage.put(upload, received, format.contentType());
      return jobs.submit(
          new JobRequest(
              JobType.STUDENT_IMPORT,
              new StudentImportRequest(upload, format, dryRun).toJson(),
              idempotencyKey,
              requester));
    } finally {
      Files.deleteIfExists(received);
    }
  }

  /** Copies the upload to {@code target}, refusing it past the limit; returns its SHA-256. */
  private String receive(InputStream content, Path target) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long max = limits.maxUploadBytes();
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = content.read(buffer)) >= 0; ) {
        total += n;
        if (total > max) {
          throw new DomainException(
              DomainException.Kind.TOO_LARGE,
              "PAYLOAD_TOO_LARGE",
              "the file is larger than " + max + " bytes; split it into smaller files");
        }
        out.write(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** The name the file is saved under when downloaded: the user's own, without any path. */
  private static String shownName(String fileName, SheetFormat format) {
    String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").strip();
    if (name.isEmpty()) {
      return "upload" + format.extension();
    }
    return name.length() <= FILE_NAME_MAX ? name : name.substring(name.length() - FILE_NAME_MAX);
  }
}
