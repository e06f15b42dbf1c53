package kr.academy.students.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import kr.academy.jobs.JobId;
import kr.academy.jobs.ProgressReporter;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.platform.storage.StoredFiles;
import kr.academy.students.RosterFiles;
import kr.academy.tenancy.TenantId;

/**
 * STUDENT_IMPORT's workflow (DESIGN §7): two streaming passes over the uploaded file. The first
 * finds the header and counts rows, so a file that cannot be imported whole is refused before
 * anything is written. The second validates rows and writes them in chunks, one transaction each; a
 * chunk committed by an earlier attempt is recalled from its checkpoint, not written again. Rows
 * not imported go to a report of rejected rows stored next to the upload.
 */
@ApplicationScoped
public class ImportStudents {

  private static final int IGNORED_SHOWN = 20;

  private ImportChunks chunks;
  private ImportSheets sheets;
  private RejectedRowsReports reports;
  private StoredFiles files;
  private ImportLimits limits;
  private Clock clock;

  /** For CDI's proxy. */
  protected ImportStudents() {}

  @Inject
  public ImportStudents(
      ImportChunks chunks,
      ImportSheets sheets,
      RejectedRowsReports reports,
      StoredFiles files,
      ImportLimits limits,
      Clock clock) {
    this.chunks = chunks;
    this.sheets = sheets;
    this.reports = reports;
    this.files = files;
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Imports the upload into the bound academy's roster; the result counts the rows by what became
   * of them. Throws {@link ImportFileRejected}, before anything is written, for a file that cannot
   * be imported whole.
   */
  public JsonObject importUpload(
      TenantId academy, JobId job, StudentImportRequest request, ProgressReporter progress)
      throws IOException {
    progress.progress(1, "reading the file");
    Path upload = Files.createTempFile("student-import-", request.format().extension());
    try {
      files.get(request.upload(), upload);
      try (ImportSheet sheet = sheets.open(request.format(), upload)) {
        return importFrom(sheet, academy, job, request.dryRun(), progress);
      }
    } finally {
      Files.deleteIfExists(upload);
    }
  }

  private JsonObject importFrom(
      ImportSheet sheet, TenantId academy, JobId job, boolean dryRun, ProgressReporter progress)
      throws IOException {
    ImportScan scan = new ImportScan(limits.maxRows());
    sheet.read(scan::accept);
    ImportHeader header = scan.header();
    progress.progress(5, (dryRun ? "checking " : "importing ") + scan.dataRows() + " rows");
    try (Rejections rejections = new Rejections(header.row())) {
      Chunks writer =
          new Chunks(job, dryRun, dryRun ? Map.of() : chunks.checkpoints(job), scan, progress);
      StudentImport students = new StudentImport(writer, rejections::add);
      sheet.read(students::accept);
      ImportCounts counts = students.finish();
      progress.progress(97, "saving the report");
      JsonArrayBuilder ignored = Json.createArrayBuilder();
      header.ignored().stream().limit(IGNORED_SHOWN).forEach(ignored::add);
      JsonObjectBuilder result =
          counts
              .toJson()
              .add("rows", scan.dataRows())
              .add("dryRun", dryRun)
              .add("ignoredColumns", ignored);
      Optional<StoredFile> report = rejections.store(academy, job);
      if (report.isPresent()) {
        result.add("rejectedRowsFile", report.get().toJson());
      } else {
        result.addNull("rejectedRowsFile");
      }
      return result.build();
    }
  }

  /** Writes chunks, or recalls them from an earlier attempt, and reports progress after each. */
  private final class Chunks implements StudentImport.ChunkWriter {
    private final JobId job;
    private final boolean dryRun;
    private final Map<Integer, ImportCheckpoint> earlier;
    private final ImportScan scan;
    private final ProgressReporter progress;

    Chunks(
        JobId job,
        boolean dryRun,
        Map<Integer, ImportCheckpoint> earlier,
        ImportScan scan,
        ProgressReporter progress) {
      this.job = job;
      this.dryRun = dryRun;
      this.earlier = earlier;
      this.scan = scan;
      this.progress = progress;
    }

    @Override
    public ImportCheckpoint write(ImportChunk chunk) {
      ImportCheckpoint outcome = earlier.get(chunk.number());
      if (outcome == null) {
        outcome = apply(chunk);
      }
      int header = scan.header().row().number();
      int done = chunk.lastRow() - header;
      int total = Math.max(done, scan.lastRow() - header);
      progress.progress(
          5 + (int) (90L * done / total), "row " + chunk.lastRow() + " of " + scan.lastRow());
      return outcome;
    }

    /** A chunk the database refused is recorded as failed, so a later attempt reports it alike. */
    private ImportCheckpoint apply(ImportChunk chunk) {
      ImportCheckpoint outcome = chunks.apply(job, chunk, dryRun);
      if (outcome.isFailed() && !dryRun) {
        chunks.recordFailure(job, outcome);
      }
      return outcome;
    }
  }

  /** The rejected rows' report, started when the first row is rejected. */
  private final class Rejections implements AutoCloseable {
    private final ImportRow header;
    private RejectedRowsReport report;

    Rejections(ImportRow header) {
      this.header = header;
    }

    void add(ImportRow row, String reason) {
      if (report == null) {
        report = reports.start(header);
      }
      report.add(row, reason);
    }

    Optional<StoredFile> store(TenantId academy, JobId job) throws IOException {
      if (report == null) {
        return Optional.empty();
      }
      StoredFile file =
          StoredFile.of(
              academy,
              StorageBucket.EXCEL,
              "imports/" + job + "-rejected.xlsx",
              RosterFiles.xlsxName("가져오지-못한-행", clock.instant()));
      files.write(file, RosterFiles.XLSX, report::writeTo);
      return Optional.of(file);
    }

    @Override
    public void close() throws IOException {
      if (report != null) {
        report.close();
      }
    }
  }
}
