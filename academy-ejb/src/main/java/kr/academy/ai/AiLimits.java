package kr.academy.ai;

import kr.academy.pages.PageLimits;

/**
 * How much one AI job of an academy's plan may carry: the bytes of the whole request, its files,
 * the pages of all its files together, and what each file may hold ({@link PageLimits}).
 */
public record AiLimits(long maxUploadBytes, int maxFiles, int maxPages, PageLimits pages) {}
