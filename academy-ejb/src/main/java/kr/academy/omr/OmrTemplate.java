package kr.academy.omr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An academy's OMR answer-sheet template: the JSON as uploaded, the normalised layout read from it
 * ({@link LayoutJson}) and the marker image its CropOnMarkers step needs. Never changed once
 * stored: a corrected template is uploaded anew.
 */
@Entity
@Table(name = "omr_template")
public class OmrTemplate extends kr.academy.tenancy.TenantScoped {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "omr_template_id")
  @SequenceGenerator(
      name = "omr_template_id",
      sequenceName = "omr_template_id_seq",
      allocationSize = 50)
  private long id;

  @Column(name = "template_id", nullable = false)
  private UUID templateId;

  private String name;

  @Enumerated(EnumType.STRING)
  private TemplateFormat format;

  @Column(name = "page_width", nullable = false)
  private int pageWidth;

  @Column(name = "page_height", nullable = false)
  private int pageHeight;

  @Column(name = "field_count", nullable = false)
  private int fieldCount;

  @Column(name = "question_count", nullable = false)
  private int questionCount;

  @Column(nullable = false)
  private String layout;

  @Column(nullable = false)
  private String source;

  @Column(name = "marker_image")
  private byte[] markerImage;

  @Column(name = "marker_content_type")
  private String markerContentType;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected OmrTemplate() {}

  public static OmrTemplate of(
      String name,
      TemplateReader.Read read,
      String source,
      MarkerImage marker,
      Long createdBy,
      Instant now) {
    OmrTemplate template = new OmrTemplate();
    template.templateId = UUID.randomUUID();
    template.name = name;
    template.format = read.format();
    template.pageWidth = read.layout().pageWidth();
    template.pageHeight = read.layout().pageHeight();
    template.fieldCount = read.layout().fields().size();
    template.questionCount = read.layout().questionCount();
    template.layout = LayoutJson.write(read.layout()).toString();
    template.source = source;
    if (marker != null) {
      template.markerImage = marker.bytes();
      template.markerContentType = marker.contentType();
    }
    template.createdBy = createdBy;
    template.createdAt = now;
    return template;
  }

  public UUID templateId() {
    return templateId;
  }

  public String name() {
    return name;
  }

  public TemplateFormat format() {
    return format;
  }

  public int pageWidth() {
    return pageWidth;
  }

  public int pageHeight() {
    return pageHeight;
  }

  public int fieldCount() {
    return fieldCount;
  }

  public int questionCount() {
    return questionCount;
  }

  public OmrLayout layout() {
    return LayoutJson.read(layout);
  }

  /** The template's JSON as it was uploaded. */
  public String source() {
    return source;
  }

  public Optional<MarkerImage> marker() {
    return markerImage == null
        ? Optional.empty()
        : Optional.of(new MarkerImage(markerImage, markerContentType));
  }

  public Instant createdAt() {
    return createdAt;
  }
}
