package kr.academy.media.pages;

/**
 * One page of a lecture: a distinct slide, the span in which it is first shown, and the moment of
 * the frame that represents it (its fullest, outside any transition). Pages are numbered from 0 in
 * order of first appearance.
 */
public record SlidePage(
    int index, double startSeconds, double endSeconds, double representativeSeconds) {}
