package kr.academy.media;

import java.util.Locale;
import java.util.UUID;
import kr.academy.platform.storage.StoredFile;
import kr.academy.tenancy.TenantId;

/**
 * Where a video's objects lie in the video bucket: all under one prefix of the academy's, {@code
 * tenants/{t}/videos/{id}/}, at keys derived from the video alone, so an attempt repeated after a
 * kill overwrites what an earlier one stored instead of adding to it, and deleting the prefix
 * deletes the video.
 */
public record VideoKeys(String prefix) {

  public static VideoKeys of(TenantId tenant, UUID video) {
    return new VideoKeys(StoredFile.prefix(tenant) + "videos/" + video + "/");
  }

  public String source() {
    return prefix + "source";
  }

  public String pageImage(int index) {
    return prefix + String.format(Locale.ROOT, "pages/%03d.jpg", index);
  }

  public String pageThumbnail(int index) {
    return prefix + String.format(Locale.ROOT, "pages/%03d-thumb.jpg", index);
  }

  public String poster() {
    return prefix + "poster.jpg";
  }

  /** The folder of the streams: {@code hls/master.m3u8} and one folder per rendition. */
  public String hls() {
    return prefix + "hls/";
  }

  public String hlsMaster() {
    return hls() + "master.m3u8";
  }

  /** Whether {@code key} is one of this video's objects. */
  public boolean owns(String key) {
    return key != null && key.startsWith(prefix) && !key.contains("..");
  }
}
