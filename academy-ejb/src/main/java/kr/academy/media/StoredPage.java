package kr.academy.media;

/** A page whose image and thumbnail are stored: what a video's page rows hold. */
public record StoredPage(
    int index,
    double startSeconds,
    double endSeconds,
    double representativeSeconds,
    String imageKey,
    String thumbnailKey) {}
