package kr.academy.web.jobs;

import java.util.Map;
import kr.academy.common.DomainException;
import kr.academy.jobs.JobType;

/** Where the job types that are not started through {@code POST /jobs} are started instead. */
final class OwnRequests {

  private static final String AI_JOBS = "POST the files to /api/v1/ai/jobs";

  static final Map<JobType, String> PATHS =
      Map.of(
          JobType.OCR,
          AI_JOBS,
          JobType.OMR_GRADE,
          AI_JOBS + ", or the sheets of an exam to /api/v1/exams/{id}/sheets",
          JobType.STATUS_DETECT,
          AI_JOBS,
          JobType.STUDENT_IMPORT,
          "POST the file to /api/v1/students/imports",
          JobType.MESSAGE_SEND,
          "send texts with POST /api/v1/messages",
          JobType.VIDEO_PROCESS,
          "upload with POST /api/v1/media/videos, then POST /api/v1/media/videos/{id}/complete",
          JobType.EXAM_RESULTS_EXPORT,
          "export with POST /api/v1/exams/{id}/results/export");

  private OwnRequests() {}

  /** Refuses a type started by a request of its own, naming that request. */
  static void refuse(JobType type) {
    if (type.startedByItsOwnRequest()) {
      throw DomainException.invalid(
          "type", type + " jobs have their own endpoint: " + PATHS.get(type));
    }
  }
}
