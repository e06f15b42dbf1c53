package kr.academy.jobs;

/** A job list's filter; a null field does not filter. */
public record JobFilter(JobStatus status, JobType type) {}
