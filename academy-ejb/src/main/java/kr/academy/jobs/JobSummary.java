package kr.academy.jobs;

import java.time.Instant;
import java.util.UUID;

/** A line of the job list: no input, no result. */
public record JobSummary(
    UUID jobId,
    JobType type,
    JobStatus status,
    int progress,
    String step,
    String error,
    Instant createdAt,
    Instant finishedAt) {}
