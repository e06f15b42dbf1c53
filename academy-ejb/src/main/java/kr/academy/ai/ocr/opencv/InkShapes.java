package kr.academy.ai.ocr.opencv;

import static org.bytedeco.opencv.global.opencv_core.CV_32S;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY_INV;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_OTSU;
import static org.bytedeco.opencv.global.opencv_imgproc.connectedComponentsWithStats;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import kr.academy.ai.ocr.Box;
import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The shapes of a prepared page's ink, to tell before reading which words look like Latin script
 * (docs/ocr.md, Tesseract): the Korean model spends about half its time on a mixed page's English,
 * which the English model then reads again, so a word that looks Latin is better given to the
 * English model from the start.
 *
 * <p>A Hangul syllable is a square block: whatever its jamo, each of its columns of ink (the pieces
 * of ink that stand over one another, taken together) reaches up to the top of the line's letters.
 * Most Latin lower-case letters stop at the x-height, well below it, and stand on the line's foot.
 * So a word looks Latin when at least {@link #LATIN} of its letters are columns that start {@link
 * #LOW_TOP} of the letter height or more below the line's top and stand on its foot. Words of
 * capitals or digits alone do not look Latin; the Korean model reads them and the runs of foreign
 * script found in its reading catch them (they cost time, not text). A Korean word that looks Latin
 * costs a second reading: the English model reads it unsure and the Korean model reads it again.
 */
public final class InkShapes {

  /** A column starting this share of the letter height below the line's top starts low. */
  static final double LOW_TOP = 0.2;

  /**
   * A column starting low counts only if it stands on the line's foot, as a lower-case letter does,
   * give or take this share of the letter height: a serif font's ㅇ of 아 or ㄹ of 래 starts low too
   * but floats above the foot beside its taller vowel.
   */
  static final double FOOT = 0.12;

  /** A word whose letters start low this often (or more) looks Latin. */
  public static final double LATIN = 0.3;

  /** Columns at least this share of the line's height tell where its letters' top and foot are. */
  private static final double TALL = 0.3;

  /**
   * Columns under this share of the letter height are punctuation, dots and specks: not counted.
   */
  private static final double LETTER = 0.35;

  /**
   * Pieces no larger than this share of the line's height either way are dots (of i and j, of
   * punctuation): an i's dot would make its column start high. Hangul has none (ㅎ's top stroke is
   * wider).
   */
  private static final double DOT = 0.16;

  /** A line whose letters are less high than this share of the usual is of lower-case alone. */
  private static final double SHORT_LINE = 0.85;

  /** Which of the letters' tops is the line's: a low quantile, above the lower-case ones. */
  private static final double TOP_QUANTILE = 0.05;

  /** Pieces of ink (8-connected) as {left, top, width, height}, by their centre's top. */
  private final int[][] pieces;

  private InkShapes(int[][] pieces) {
    this.pieces = pieces;
  }

  /** The pieces of ink of {@code page} (binarised with Otsu's threshold). */
  public static InkShapes of(GrayPixels page) {
    try (Mat ink = new Mat();
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat()) {
      threshold(page.mat(), ink, 0, 255, THRESH_BINARY_INV | THRESH_OTSU);
      int count = connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
      int[][] pieces = new int[Math.max(0, count - 1)][];
      try (IntIndexer values = stats.createIndexer()) {
        for (int label = 1; label < count; label++) {
          pieces[label - 1] =
              new int[] {
                values.get(label, 0),
                values.get(label, 1),
                values.get(label, 2),
                values.get(label, 3)
              };
        }
      }
      Arrays.sort(pieces, Comparator.comparingInt(InkShapes::centreY));
      return new InkShapes(pieces);
    }
  }

  /**
   * For each line (its box and its words' boxes, in order), the share of each word's letters that
   * start low, {@code -1} for a word without letters. A line's top is that of its tall letters;
   * where those stand lower than on most lines (a line of lower-case words alone, "movie."), the
   * page's usual letter height above the line's foot is taken instead.
   */
  public List<double[]> lowStarts(List<Box> lines, List<List<Box>> words) {
    List<List<List<int[]>>> columns = new ArrayList<>(lines.size());
    int[][] bands = new int[lines.size()][];
    for (int l = 0; l < lines.size(); l++) {
      Box line = lines.get(l);
      List<List<int[]>> ofLine = columnsOfWords(line, words.get(l));
      columns.add(ofLine);
      bands[l] = band(line, ofLine);
    }
    int usual = usualLetterHeight(bands);
    List<double[]> shares = new ArrayList<>(lines.size());
    for (int l = 0; l < lines.size(); l++) {
      int[] band = bands[l];
      if (band != null && band[1] - band[0] < SHORT_LINE * usual) {
        band = new int[] {band[1] - usual, band[1]};
      }
      double[] ofLine = new double[words.get(l).size()];
      for (int w = 0; w < ofLine.length; w++) {
        ofLine[w] = band == null ? -1 : lowStart(columns.get(l).get(w), band);
      }
      shares.add(ofLine);
    }
    return shares;
  }

  private List<List<int[]>> columnsOfWords(Box line, List<Box> words) {
    int dot = (int) (DOT * line.height());
    List<int[]> inLine = inLine(line);
    List<List<int[]>> columns = new ArrayList<>(words.size());
    for (Box word : words) {
      columns.add(
          columns(
              inLine.stream()
                  .filter(piece -> within(piece, word) && Math.max(piece[2], piece[3]) > dot)
                  .toList()));
    }
    return columns;
  }

  /** The line's letters' {top, foot}, or null when it has no tall column. */
  private static int[] band(Box line, List<List<int[]>> columns) {
    List<int[]> tall =
        columns.stream().flatMap(List::stream).filter(c -> c[3] >= TALL * line.height()).toList();
    if (tall.isEmpty()) {
      return null;
    }
    int[] tops = tall.stream().mapToInt(c -> c[1]).sorted().toArray();
    int[] feet = tall.stream().mapToInt(c -> c[1] + c[3]).sorted().toArray();
    int top = tops[(int) (tops.length * TOP_QUANTILE)];
    int foot = feet[feet.length / 2];
    return foot > top ? new int[] {top, foot} : null;
  }

  private static int usualLetterHeight(int[][] bands) {
    int[] heights =
        Arrays.stream(bands).filter(b -> b != null).mapToInt(b -> b[1] - b[0]).sorted().toArray();
    return heights.length == 0 ? 0 : heights[heights.length / 2];
  }

  private static double lowStart(List<int[]> columns, int[] band) {
    int height = band[1] - band[0];
    int letters = 0;
    int low = 0;
    for (int[] column : columns) {
      if (column[3] >= LETTER * height) {
        letters++;
        boolean onTheFoot = column[1] + column[3] >= band[1] - FOOT * height;
        if (column[1] - band[0] >= LOW_TOP * height && onTheFoot) {
          low++;
        }
      }
    }
    return letters == 0 ? -1 : low / (double) letters;
  }

  private List<int[]> inLine(Box line) {
    int from = firstCentreAtOrBelow(line.y());
    List<int[]> in = new ArrayList<>();
    for (int i = from; i < pieces.length && centreY(pieces[i]) < line.bottom(); i++) {
      if (within(pieces[i], line)) {
        in.add(pieces[i]);
      }
    }
    return in;
  }

  private int firstCentreAtOrBelow(int y) {
    int low = 0;
    int high = pieces.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (centreY(pieces[mid]) < y) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * The pieces grouped into columns, left to right: a piece that overlaps the column before it by
   * at least 30 % of the narrower's width stands over or under it (the jamo of a syllable).
   */
  static List<int[]> columns(List<int[]> pieces) {
    List<int[]> sorted = new ArrayList<>(pieces);
    sorted.sort(Comparator.comparingInt(piece -> piece[0]));
    List<int[]> columns = new ArrayList<>();
    for (int[] piece : sorted) {
      int[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
      if (last != null) {
        int overlap = Math.min(piece[0] + piece[2], last[0] + last[2]) - piece[0];
        if (overlap >= 0.3 * Math.min(piece[2], last[2])) {
          int left = Math.min(last[0], piece[0]);
          int top = Math.min(last[1], piece[1]);
          int right = Math.max(last[0] + last[2], piece[0] + piece[2]);
          int bottom = Math.max(last[1] + last[3], piece[1] + piece[3]);
          columns.set(columns.size() - 1, new int[] {left, top, right - left, bottom - top});
          continue;
        }
      }
      columns.add(piece.clone());
    }
    return columns;
  }

  private static boolean within(int[] piece, Box box) {
    int x = piece[0] + piece[2] / 2;
    int y = centreY(piece);
    return x >= box.x() && x < box.right() && y >= box.y() && y < box.bottom();
  }

  private static int centreY(int[] piece) {
    return piece[1] + piece[3] / 2;
  }
}
