package kr.academy.workers.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.UUID;
import kr.academy.jobs.JobType;
import kr.academy.media.ProcessLectureVideo;
import kr.academy.media.VideoRejected;
import kr.academy.workers.JobProcessor;
import kr.academy.workers.JobRun;

/**
 * VIDEO_PROCESS: the uploaded video the job names, processed by {@link ProcessLectureVideo}; a file
 * that can never become a video fails the job at once with the reason the video shows.
 */
@ApplicationScoped
public class VideoProcessProcessor implements JobProcessor {

  @Inject ProcessLectureVideo processing;

  @Override
  public JobType type() {
    return JobType.VIDEO_PROCESS;
  }

  @Override
  public JsonObject process(JobRun run) throws IOException {
    UUID video;
    try {
      video = UUID.fromString(run.input().getString("videoId"));
    } catch (RuntimeException e) {
      throw new JobRun.Refused("the job names no video");
    }
    try {
      return processing.process(run.tenant(), run.job(), video, run);
    } catch (VideoRejected e) {
      throw new JobRun.Refused(e.getMessage());
    }
  }
}
