package kr.academy.ai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.academy.common.DomainException;
import kr.academy.jobs.JobRequest;
import kr.academy.jobs.JobType;
import kr.academy.jobs.Jobs;
import kr.academy.omr.OmrTemplates;
import kr.academy.omr.exams.Exams;
import kr.academy.pages.PageDecoder;
import kr.academy.pages.PageFile;
import kr.academy.pages.PageRejected;
import kr.academy.platform.storage.ObjectStorage;
import kr.academy.platform.storage.ReceivedUpload;
import kr.academy.platform.storage.StorageBucket;
import kr.academy.platform.storage.StoredFile;
import kr.academy.tenancy.Plan;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantRepository;

/**
 * Starts AI work for the bound academy from uploaded files. Everything that can be refused is
 * refused before anything is stored: the plan, the options, each file's size, kind and pages (read
 * from its headers, {@link PageDecoder#inspect}). Files are stored in the AI bucket under the
 * academy's prefix by their SHA-256, so the same files with the same {@code Idempotency-Key} are
 * recognised as the same request, and the job names them.
 */
@ApplicationScoped
public class AiJobs {

  /** One file as it arrives: the name the user gave it and its bytes. */
  public record Upload(String fileName, InputStream content) {}

  /** A request for AI work: its type, its files in order, the options as sent. */
  public record Request(
      JobType type,
      List<Upload> files,
      Optional<Upload> blank,
      JsonObject options,
      String idempotencyKey,
      Long requester) {}

  @Inject Jobs jobs;
  @Inject PageDecoder decoder;
  @Inject ObjectStorage storage;
  @Inject AiSettings settings;
  @Inject OmrTemplates templates;
  @Inject Exams exams;
  @Inject TenantRepository tenants;
  @Inject TenantContext tenant;

  public Jobs.Submitted submit(Request request) throws IOException {
    JobType type = request.type();
    if (!type.readsPages()) {
      throw DomainException.invalid("type", type + " is not an AI job type");
    }
    Plan plan = tenants.find(tenant.require()).orElseThrow().plan();
    type.requireIncludedIn(plan);
    JsonObject options = AiOptions.check(type, plan, request.options());
    AiOptions.template(options)
        .ifPresent(
            id -> templates.find(id).orElseThrow(() -> DomainException.notFound("template")));
    AiOptions.exam(options)
        .ifPresent(id -> exams.find(id).orElseThrow(() -> DomainException.notFound("exam")));
    if (request.blank().isPresent() && type != JobType.STATUS_DETECT) {
      throw DomainException.invalid(
          "blank", "only STATUS_DETECT compares pages with a blank sheet");
    }
    AiLimits limits = settings.limitsFor(plan);
    if (request.files().isEmpty()) {
      throw DomainException.invalid("file", "send one or more pages as the multipart field 'file'");
    }
    if (request.files().size() > limits.maxFiles()) {
      throw tooLarge(
          "the request has "
              + request.files().size()
              + " files; at most "
              + limits.maxFiles()
              + " may be sent at once on the "
              + plan
              + " plan");
    }
    List<ReceivedUpload> received = new ArrayList<>();
    try {
      Budget budget = new Budget(limits, plan);
      List<Checked> files = new ArrayList<>();
      for (int i = 0; i < request.files().size(); i++) {
        files.add(receive(request.files().get(i), "file[" + i + "]", budget, received));
      }
      Optional<Checked> blank = Optional.empty();
      if (request.blank().isPresent()) {
        blank = Optional.of(receive(request.blank().get(), "blank", budget, received));
      }
      AiJobInput input =
          new AiJobInput(
              files.stream().map(this::store).toList(),
              blank.map(this::store),
              options,
              limits.pages());
      return jobs.submit(
          new JobRequest(type, input.toJson(), request.idempotencyKey(), request.requester()));
    } finally {
      for (ReceivedUpload upload : received) {
        upload.close();
      }
    }
  }

  /** What is left of the request's bytes and pages as its files are received. */
  private static final class Budget {
    final AiLimits limits;
    final Plan plan;
    long bytes;
    int pages;

    Budget(AiLimits limits, Plan plan) {
      this.limits = limits;
      this.plan = plan;
      this.bytes = limits.maxUploadBytes();
      this.pages = limits.maxPages();
    }
  }

  /** A file received and inspected, not stored yet: nothing is stored until every file passes. */
  private record Checked(ReceivedUpload upload, PageFile pages, String name) {}

  private Checked receive(Upload upload, String field, Budget budget, List<ReceivedUpload> received)
      throws IOException {
    String name = ReceivedUpload.shownName(upload.fileName(), "");
    ReceivedUpload file =
        ReceivedUpload.receive(
            upload.content(),
            budget.bytes,
            "the files are larger than "
                + budget.limits.maxUploadBytes()
                + " bytes together; the "
                + budget.plan
                + " plan takes at most that in one request");
    received.add(file);
    budget.bytes -= file.size();
    PageFile pages;
    try {
      pages = decoder.inspect(file.path(), budget.limits.pages());
    } catch (PageRejected e) {
      throw refusal(field, name, budget.plan, e);
    }
    if (pages.pageCount() > budget.pages) {
      throw tooLarge(
          "the files have more than "
              + budget.limits.maxPages()
              + " pages together; the "
              + budget.plan
              + " plan reads at most that in one job");
    }
    budget.pages -= pages.pageCount();
    return new Checked(file, pages, name);
  }

  private AiFile store(Checked checked) {
    PageFile pages = checked.pages();
    String extension = pages.format().name().toLowerCase(Locale.ROOT);
    StoredFile stored =
        StoredFile.of(
            tenant.require(),
            StorageBucket.AI,
            "uploads/" + checked.upload().sha256() + "." + extension,
            checked.name().isEmpty() ? "page." + extension : checked.name());
    storage.put(stored, checked.upload().path(), contentType(pages.format()));
    return new AiFile(stored, pages.format(), pages.pageCount());
  }

  private static DomainException refusal(String field, String name, Plan plan, PageRejected e) {
    String message = (name.isEmpty() ? field : "'" + name + "'") + ": " + e.getMessage();
    List<DomainException.Detail> details = List.of(new DomainException.Detail(field, message));
    return switch (e.reason()) {
      case UNSUPPORTED_FORMAT ->
          new DomainException(
              DomainException.Kind.UNSUPPORTED_MEDIA_TYPE,
              "UNSUPPORTED_FILE_TYPE",
              message + " (send JPEG, PNG, TIFF or PDF)",
              details);
      case TOO_LARGE ->
          new DomainException(
              DomainException.Kind.TOO_LARGE,
              "PAYLOAD_TOO_LARGE",
              message + " on the " + plan + " plan",
              details);
      case UNREADABLE ->
          new DomainException(
              DomainException.Kind.UNPROCESSABLE, "UNREADABLE_FILE", message, details);
    };
  }

  private static DomainException tooLarge(String message) {
    return new DomainException(DomainException.Kind.TOO_LARGE, "PAYLOAD_TOO_LARGE", message);
  }

  private static String contentType(PageFile.Format format) {
    return switch (format) {
      case JPEG -> "image/jpeg";
      case PNG -> "image/png";
      case TIFF -> "image/tiff";
      case PDF -> "application/pdf";
    };
  }
}
