package kr.academy.web.media;

import java.util.List;
import kr.academy.media.VideoObjects;

/**
 * The end of an upload: nothing for a single PUT ({@code {}}), each part's number and the ETag its
 * PUT answered for a multipart upload.
 */
public record VideoCompleteRequest(List<Part> parts) {

  /** One uploaded part. */
  public record Part(Integer partNumber, String etag) {}

  List<VideoObjects.UploadedPart> uploadedParts() {
    if (parts == null) {
      return List.of();
    }
    return parts.stream()
        .map(
            p ->
                new VideoObjects.UploadedPart(
                    p == null || p.partNumber() == null ? 0 : p.partNumber(),
                    p == null ? null : p.etag()))
        .toList();
  }
}
