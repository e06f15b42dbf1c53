package kr.academy.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import kr.academy.tenancy.TenantScoped;

/**
 * One page of a lecture video as stored: the slide's span, the moment its image was cut at, and the
 * keys of its image and thumbnail. Rows of a video are replaced as a whole.
 */
@Entity
@Table(name = "video_page")
public class VideoPage extends TenantScoped {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "video_page_id")
  @SequenceGenerator(
      name = "video_page_id",
      sequenceName = "video_page_id_seq",
      allocationSize = 50)
  private long id;

  /** The video's row id. */
  @Column(name = "video_id", nullable = false)
  private long video;

  @Column(name = "page_index", nullable = false)
  private int pageIndex;

  @Column(name = "start_seconds", nullable = false)
  private double startSeconds;

  @Column(name = "end_seconds", nullable = false)
  private double endSeconds;

  @Column(name = "representative_seconds", nullable = false)
  private double representativeSeconds;

  @Column(name = "image_key", nullable = false)
  private String imageKey;

  @Column(name = "thumbnail_key", nullable = false)
  private String thumbnailKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected VideoPage() {}

  public static VideoPage of(long video, StoredPage page, Instant now) {
    VideoPage row = new VideoPage();
    row.video = video;
    row.pageIndex = page.index();
    row.startSeconds = page.startSeconds();
    row.endSeconds = page.endSeconds();
    row.representativeSeconds = page.representativeSeconds();
    row.imageKey = page.imageKey();
    row.thumbnailKey = page.thumbnailKey();
    row.createdAt = now;
    return row;
  }

  public StoredPage stored() {
    return new StoredPage(
        pageIndex, startSeconds, endSeconds, representativeSeconds, imageKey, thumbnailKey);
  }
}
