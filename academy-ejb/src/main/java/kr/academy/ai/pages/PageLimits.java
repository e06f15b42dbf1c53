package kr.academy.ai.pages;

/**
 * How much one uploaded file may hold: its bytes, its pages, and the pixels of any one page (an
 * image's own size, or a PDF page rendered at {@code renderDpi}). Checked before a page is decoded,
 * so a small file that would unpack into a huge image (a decompression bomb) is refused unread.
 */
public record PageLimits(long maxBytes, int maxPages, long maxPixels, int renderDpi) {}
