package kr.academy.ai.status;

/**
 * The status of one answer space: {@code inkRatio} is the share of its pixels that are new ink,
 * {@code writtenLines} of its {@code lines} writing lines carry some.
 */
public record AreaStatus(
    String name, HomeworkStatus status, double inkRatio, int writtenLines, int lines) {}
