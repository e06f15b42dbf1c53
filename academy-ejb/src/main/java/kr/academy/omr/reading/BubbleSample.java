package kr.academy.omr.reading;

/**
 * What one bubble shows on the straightened sheet: the mean gray (0–255) of its inner part, where a
 * pencil mark lies and the printed outline does not, and the spread of gray over its whole
 * rectangle, which a printed bubble (or a mark) raises and plain paper does not.
 */
public record BubbleSample(double mean, double contrast) {}
