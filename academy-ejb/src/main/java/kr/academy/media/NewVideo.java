package kr.academy.media;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kr.academy.common.DomainException;
import kr.academy.common.Validation;

/**
 * A video an academy is about to upload, as declared: what it is called, the file's name, its
 * content type ({@code video/*}) and its exact size, which the stored object must match.
 */
public record NewVideo(String title, String fileName, String contentType, long sizeBytes) {

  static final int TITLE_MAX = 200;
  static final int FILE_NAME_MAX = 255;
  static final int CONTENT_TYPE_MAX = 100;

  /** {@code type/subtype}, RFC 6838 characters, parameters (a codecs list) allowed. */
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*(;.*)?");

  /**
   * Checks every field at once (400 naming each); a type that is not {@code video/*} is 415 and a
   * size over the limit 413, both before anything is stored.
   */
  public static NewVideo check(
      String title, String fileName, String contentType, Long sizeBytes, VideoSettings settings) {
    Validation v = new Validation();
    String cleanTitle = v.requiredText("title", title, TITLE_MAX);
    String cleanName = v.requiredText("fileName", fileName, FILE_NAME_MAX);
    if (cleanName != null && (cleanName.contains("/") || cleanName.contains("\\"))) {
      v.problem("fileName", "fileName must be a file's name, without folders");
    }
    String type = v.requiredText("contentType", contentType, CONTENT_TYPE_MAX);
    String cleanType = type == null ? null : type.toLowerCase(Locale.ROOT);
    if (cleanType != null && !MEDIA_TYPE.matcher(cleanType).matches()) {
      v.problem("contentType", "contentType must be a media type such as video/mp4");
    }
    if (sizeBytes == null) {
      v.problem("sizeBytes", "sizeBytes is required: the exact size of the file in bytes");
    } else if (sizeBytes <= 0) {
      v.problem("sizeBytes", "sizeBytes must be 1 or more: an empty file is not a video");
    }
    v.throwIfInvalid();
    if (!cleanType.startsWith("video/")) {
      throw new DomainException(
          DomainException.Kind.UNSUPPORTED_MEDIA_TYPE,
          "UNSUPPORTED_FILE_TYPE",
          "only videos can be uploaded here: contentType must be video/* (video/mp4, not "
              + cleanType
              + ")",
          List.of(new DomainException.Detail("contentType", "must be video/*")));
    }
    if (sizeBytes > settings.maxBytes()) {
      throw new DomainException(
          DomainException.Kind.TOO_LARGE,
          "PAYLOAD_TOO_LARGE",
          "a video may have at most " + settings.maxBytes() + " bytes, not " + sizeBytes,
          List.of(
              new DomainException.Detail(
                  "sizeBytes", "must be at most " + settings.maxBytes() + " bytes")));
    }
    return new NewVideo(cleanTitle, cleanName, cleanType, sizeBytes);
  }
}
