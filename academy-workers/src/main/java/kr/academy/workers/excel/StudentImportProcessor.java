package kr.academy.workers.excel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import kr.academy.jobs.JobType;
import kr.academy.platform.storage.ObjectStorage;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.students.RosterFiles;
import kr.academy.students.imports.ImportCheckpoint;
import kr.academy.students.imports.ImportChunk;
import kr.academy.students.imports.ImportCounts;
import kr.academy.students.imports.ImportFileRejected;
import kr.academy.students.imports.ImportHeader;
import kr.academy.students.imports.ImportLimits;
import kr.academy.students.imports.ImportRow;
import kr.academy.students.imports.ImportScan;
import kr.academy.students.imports.StudentImport;
import kr.academy.students.imports.StudentImportChunks;
import kr.academy.students.imports.StudentImportRequest;
import kr.academy.workers.JobProcessor;
import kr.academy.workers.JobRun;

/**
 * STUDENT_IMPORT (DESIGN §7): two streaming passes over the uploaded file. The first finds the
 * header and counts rows, so a file that cannot be imported whole is refused before anything is
 * written. The second validates rows and writes them in chunks, one transaction each; a chunk
 * committed by an earlier attempt is recalled from its checkpoint, not written again. Rows not
 * imported go to a workbook of rejected rows stored next to the upload.
 */
@ApplicationScoped
public class StudentImportProcessor implements JobProcessor {

  private static final int IGNORED_SHOWN = 20;

  @Inject StudentImportChunks chunks;
  @Inject ObjectStorage storage;
  @Inject ImportLimits limits;
  @Inject Clock clock;

  @Override
  public JobType type() {
    return JobType.STUDENT_IMPORT;
  }

  @Override
  public JsonObject process(JobRun run) throws IOException {
    StudentImportRequest request = StudentImportRequest.fromJson(run.input());
    if (!request.upload().belongsTo(run.tenant())) {
      throw new JobRun.Refused("the upload does not belong to this academy");
    }
    run.progress(1, "reading the file");
    Path upload = Files.createTempFile("student-import-", request.format().extension());
    try {
      storage.get(request.upload(), upload);
      try (ImportSheet sheet = ImportSheet.open(request.format(), upload)) {
        return importFrom(sheet, request.dryRun(), run);
      }
    } catch (ImportFileRejected e) {
      throw new JobRun.Refused(e.getMessage());
    } finally {
      Files.deleteIfExists(upload);
    }
  }

  private JsonObject importFrom(ImportSheet sheet, boolean dryRun, JobRun run) throws IOException {
    ImportScan scan = new ImportScan(limits.maxRows());
    sheet.read(scan::accept);
    ImportHeader header = scan.header();
    run.progress(5, (dryRun ? "checking " : "importing ") + scan.dataRows() + " rows");
    try (Rejections rejections = new Rejections(header.row())) {
      Chunks writer =
          new Chunks(run, dryRun, dryRun ? Map.of() : chunks.checkpoints(run.job()), scan);
      StudentImport students = new StudentImport(writer, rejections::add);
      sheet.read(students::accept);
      ImportCounts counts = students.finish();
      run.progress(97, "saving the report");
      JsonArrayBuilder ignored = Json.createArrayBuilder();
      header.ignored().stream().limit(IGNORED_SHOWN).forEach(ignored::add);
      JsonObjectBuilder result =
          counts
              .toJson()
              .add("rows", scan.dataRows())
              .add("dryRun", dryRun)
              .add("ignoredColumns", ignored);
      Optional<StoredFile> report = rejections.store(run);
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
    private final JobRun run;
    private final boolean dryRun;
    private final Map<Integer, ImportCheckpoint> earlier;
    private final ImportScan scan;

    Chunks(JobRun run, boolean dryRun, Map<Integer, ImportCheckpoint> earlier, ImportScan scan) {
      this.run = run;
      this.dryRun = dryRun;
      this.earlier = earlier;
      this.scan = scan;
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
      run.progress(
          5 + (int) (90L * done / total), "row " + chunk.lastRow() + " of " + scan.lastRow());
      return outcome;
    }

    /** A chunk the database refused is recorded as failed, so a later attempt reports it alike. */
    private ImportCheckpoint apply(ImportChunk chunk) {
      ImportCheckpoint outcome = chunks.apply(run.job(), chunk, dryRun);
      if (outcome.isFailed() && !dryRun) {
        chunks.recordFailure(run.job(), outcome);
      }
      return outcome;
    }
  }

  /** The rejected rows' workbook, made when the first row is rejected. */
  private final class Rejections implements AutoCloseable {
    private final ImportRow header;
    private RejectedRowsWorkbook workbook;

    Rejections(ImportRow header) {
      this.header = header;
    }

    void add(ImportRow row, String reason) {
      if (workbook == null) {
        workbook = new RejectedRowsWorkbook(header);
      }
      workbook.add(row, reason);
    }

    Optional<StoredFile> store(JobRun run) throws IOException {
      if (workbook == null) {
        return Optional.empty();
      }
      StoredFile file =
          StoredFile.of(
              run.tenant(),
              StorageBucket.EXCEL,
              "imports/" + run.job() + "-rejected.xlsx",
              RosterFiles.xlsxName("가져오지-못한-행", clock.instant()));
      Path temp = Files.createTempFile("student-import-rejected-", ".xlsx");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          workbook.writeTo(out);
        }
        storage.put(file, temp, RosterFiles.XLSX);
      } finally {
        Files.deleteIfExists(temp);
      }
      return Optional.of(file);
    }

    @Override
    public void close() throws IOException {
      if (workbook != null) {
        workbook.close();
      }
    }
  }
}
