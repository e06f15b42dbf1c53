package kr.academy.jobs;

import kr.academy.common.Page;
import kr.academy.common.PageRequest;

/** The read side of the bound academy's jobs: lists select only what they show. */
public interface JobQueries {

  Page<JobSummary> list(JobFilter filter, PageRequest page);
}
