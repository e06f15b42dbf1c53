package kr.academy.omr.exams;

import kr.academy.jobs.JobId;
import kr.academy.platform.storage.StoredFile;

/**
 * Where a sheet came from: the grading job, the uploaded file as stored (its {@code fileName} is
 * the name the academy uploaded it under) and the page of that file, from 1. A job grading the same
 * page again replaces the sheet it recorded before.
 */
public record SheetSource(JobId job, StoredFile file, int page) {

  public SheetSource {
    if (job == null || file == null || page < 1) {
      throw new IllegalArgumentException(
          "a sheet's source needs its job, its file and a page from 1");
    }
  }
}
