package kr.academy.omr.reading.painting;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.min;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_GRAYSCALE;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.ellipse;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.util.Map;
import java.util.Random;
import kr.academy.omr.Bubble;
import kr.academy.omr.MarkerImage;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.PreprocessingStep;
import kr.academy.omr.TemplateField;
import kr.academy.pages.PageImage;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Prints a template's answer sheet and a pupil's marks on it, flat, as a scanner would see it: the
 * template's bubbles as outlines with their values in them, and, when the template has
 * CropOnMarkers, the marker at the four corners — centred on the corners of the template's page,
 * which is where OMRChecker puts the page (the rectangle between the markers' centres), with a
 * white margin round them. Photographs of it come from {@link Camera}.
 */
public final class SheetPainter {

  static final int PAPER = 245;
  private static final int INK = 70;

  private final OmrLayout layout;
  private final boolean labels;

  public SheetPainter(OmrLayout layout) {
    this(layout, true);
  }

  public SheetPainter(OmrLayout layout, boolean labels) {
    this.layout = layout;
    this.labels = labels;
  }

  /**
   * The marker the tests' templates carry: concentric black and white squares on a white margin, as
   * a PNG.
   */
  public static MarkerImage marker() {
    try (PointerScope scope = new PointerScope()) {
      Mat marker = new Mat(100, 100, CV_8UC1, new Scalar(255));
      rectangle(marker, new Rect(15, 15, 70, 70), new Scalar(0), -1, LINE_AA, 0);
      rectangle(marker, new Rect(30, 30, 40, 40), new Scalar(255), -1, LINE_AA, 0);
      rectangle(marker, new Rect(40, 40, 20, 20), new Scalar(0), -1, LINE_AA, 0);
      return new MarkerImage(encode(".png", marker), "image/png");
    }
  }

  /** The printed sheet with {@code marks} on it; {@code seed} varies the pencil. */
  public PageImage paint(SheetMarks marks, long seed) {
    Random random = new Random(seed);
    try (PointerScope scope = new PointerScope()) {
      int margin = markerMargin();
      Mat paper =
          new Mat(
              layout.pageHeight() + 2 * margin,
              layout.pageWidth() + 2 * margin,
              CV_8UC1,
              new Scalar(PAPER));
      if (margin > 0) {
        printMarkers(paper, margin);
      }
      putText(
          paper,
          "ANSWER SHEET",
          new Point(margin + layout.pageWidth() / 3, margin + layout.pageHeight() / 20 + 10),
          FONT_HERSHEY_SIMPLEX,
          1.2,
          new Scalar(INK),
          3,
          LINE_AA,
          false);
      for (TemplateField field : layout.fields()) {
        Map<String, Mark> fieldMarks = marks.of(field.label());
        for (Bubble bubble : field.bubbles()) {
          printBubble(paper, bubble, margin);
          Mark mark = fieldMarks.get(bubble.value());
          if (mark != null) {
            pencil(paper, bubble, margin, mark, random);
          }
        }
      }
      return page(paper);
    }
  }

  /**
   * The white border round the template's page: none without markers (the page is the paper), else
   * one marker wide, so that a marker centred on each corner of the page has half its width of
   * paper beyond it. A marker is the paper's width over {@code sheetToMarkerWidthRatio}: paper =
   * page + 2 margins and margin = marker, so marker = page / (ratio − 2).
   */
  private int markerMargin() {
    return layout.preprocessing().stream()
        .filter(s -> s.name().equals(PreprocessingStep.CROP_ON_MARKERS))
        .findFirst()
        .map(
            s -> {
              double ratio =
                  s.options().containsKey("sheetToMarkerWidthRatio")
                      ? s.options().getJsonNumber("sheetToMarkerWidthRatio").doubleValue()
                      : 17;
              return (int) Math.round(layout.pageWidth() / (ratio - 2));
            })
        .orElse(0);
  }

  private void printMarkers(Mat paper, int margin) {
    Mat marker = imdecode(new Mat(new BytePointer(marker().bytes())), IMREAD_GRAYSCALE);
    Mat sized = new Mat();
    resize(marker, sized, new Size(margin, margin));
    int[][] centres = {
      {margin, margin},
      {margin + layout.pageWidth(), margin},
      {margin, margin + layout.pageHeight()},
      {margin + layout.pageWidth(), margin + layout.pageHeight()}
    };
    for (int[] centre : centres) {
      Mat target =
          new Mat(paper, new Rect(centre[0] - margin / 2, centre[1] - margin / 2, margin, margin));
      Mat onPaper = new Mat();
      min(sized, new Mat(sized.size(), CV_8UC1, new Scalar(PAPER)), onPaper);
      onPaper.copyTo(target);
    }
  }

  private void printBubble(Mat paper, Bubble bubble, int margin) {
    Point centre = centre(bubble, margin);
    Size axes =
        new Size(
            (int) Math.round(bubble.width() / 2 - 2), (int) Math.round(bubble.height() / 2 - 2));
    ellipse(paper, centre, axes, 0, 0, 360, new Scalar(INK + 30), 2, LINE_AA, 0);
    if (labels) {
      double scale = Math.min(bubble.width(), bubble.height()) / 60.0;
      putText(
          paper,
          bubble.value(),
          new Point(
              (int) Math.round(centre.x() - bubble.width() * 0.16 * bubble.value().length()),
              (int) Math.round(centre.y() + bubble.height() * 0.16)),
          FONT_HERSHEY_SIMPLEX,
          scale,
          new Scalar(170),
          1,
          LINE_AA,
          false);
    }
  }

  /**
   * A pencil mark: a filled ellipse a little off-centre and not quite round, darker for a firm
   * mark, light for a faint one, a pale smudge for one rubbed out.
   */
  private static void pencil(Mat paper, Bubble bubble, int margin, Mark mark, Random random) {
    Point centre = centre(bubble, margin);
    double jitter = bubble.width() * 0.06;
    Point at =
        new Point(
            (int) Math.round(centre.x() + (random.nextDouble() * 2 - 1) * jitter),
            (int) Math.round(centre.y() + (random.nextDouble() * 2 - 1) * jitter));
    double fill = mark == Mark.ERASED ? 0.55 : 0.40 + random.nextDouble() * 0.05;
    Size axes =
        new Size(
            (int) Math.round(bubble.width() * fill),
            (int) Math.round(bubble.height() * (fill - 0.02)));
    int gray =
        switch (mark) {
          case FULL -> 35 + random.nextInt(40);
          case FAINT -> 140 + random.nextInt(30);
          case ERASED -> 212 + random.nextInt(12);
        };
    ellipse(paper, at, axes, random.nextInt(180), 0, 360, new Scalar(gray), -1, LINE_AA, 0);
  }

  private static Point centre(Bubble bubble, int margin) {
    return new Point(
        (int) Math.round(margin + bubble.x() + bubble.width() / 2),
        (int) Math.round(margin + bubble.y() + bubble.height() / 2));
  }

  static PageImage page(Mat gray) {
    Mat continuous = gray.isContinuous() ? gray : gray.clone();
    byte[] bytes = new byte[continuous.cols() * continuous.rows()];
    continuous.data().get(bytes);
    return new PageImage(continuous.cols(), continuous.rows(), 0, bytes);
  }

  static Mat mat(PageImage page) {
    Mat mat = new Mat(page.height(), page.width(), CV_8UC1);
    mat.data().put(page.gray());
    return mat;
  }

  static byte[] encode(String extension, Mat image, int... parameters) {
    BytePointer buffer = new BytePointer();
    imencode(extension, image, buffer, new IntPointer(parameters));
    byte[] bytes = new byte[(int) buffer.limit()];
    buffer.get(bytes);
    return bytes;
  }
}
