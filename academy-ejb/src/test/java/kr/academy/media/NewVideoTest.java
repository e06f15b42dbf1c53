package kr.academy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import kr.academy.common.DomainException;
import org.junit.jupiter.api.Test;

class NewVideoTest {

  private final VideoSettings settings = new VideoSettings();

  @Test
  void aVideoIsDeclaredWithItsTitleNameTypeAndExactSize() {
    NewVideo video = NewVideo.check(" 1강 ", "lecture.mp4", "Video/MP4", 1234L, settings);
    assertEquals(new NewVideo("1강", "lecture.mp4", "video/mp4", 1234), video);
  }

  @Test
  void everyMissingOrBadFieldIsNamedAtOnce() {
    DomainException e =
        assertThrows(
            DomainException.class, () -> NewVideo.check(null, "a/b.mp4", "nonsense", 0L, settings));
    assertEquals("VALIDATION_FAILED", e.code());
    assertEquals(
        List.of("title", "fileName", "contentType", "sizeBytes"),
        e.details().stream().map(DomainException.Detail::field).toList());
  }

  @Test
  void onlyVideosUpToTheLimitAreTaken() {
    DomainException type =
        assertThrows(
            DomainException.class,
            () -> NewVideo.check("1강", "a.mp3", "audio/mpeg", 10L, settings));
    assertEquals(DomainException.Kind.UNSUPPORTED_MEDIA_TYPE, type.kind());
    settings.maxBytes = 100;
    DomainException size =
        assertThrows(
            DomainException.class,
            () -> NewVideo.check("1강", "a.mp4", "video/mp4", 101L, settings));
    assertEquals(DomainException.Kind.TOO_LARGE, size.kind());
    assertEquals("sizeBytes", size.details().get(0).field());
  }

  @Test
  void partsAreLargeEnoughForS3AndFewEnoughForIt() {
    assertEquals(64L << 20, settings.partSizeFor(200L << 20));
    settings.partSizeBytes = 1;
    assertEquals(5L << 20, settings.partSizeFor(200L << 20), "never under 5 MiB");
    long huge = 1L << 40;
    assertEquals((huge + 9999) / 10000, settings.partSizeFor(huge), "at most 10,000 parts");
  }
}
