package kr.academy.bench.omr;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.academy.omr.MarkerImage;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.TemplateField;
import kr.academy.omr.reading.FieldReading;
import kr.academy.omr.reading.ReadingFlag;
import kr.academy.omr.reading.ReadingRules;
import kr.academy.omr.reading.SheetReading;
import kr.academy.omr.reading.SheetUnreadable;
import kr.academy.omr.reading.opencv.OpenCvSheetReader;
import kr.academy.omr.reading.painting.Camera;
import kr.academy.omr.reading.painting.SampleTemplates;
import kr.academy.omr.reading.painting.SheetMarks;
import kr.academy.omr.reading.painting.SheetPainter;
import kr.academy.omr.reading.painting.Shot;
import kr.academy.pages.PageImage;

/**
 * The OMR benchmark (bench/omr.sh runs it; figures go to docs/performance.md, "OMR"): paints {@code
 * SHEETS} answer sheets with known marks — OMRChecker's sample1 (corner markers) and UPSC mock
 * sheet (outline) in turn; flat scans, turned scans, shadowed scans and phone photographs; the
 * usual share of faint, double, rubbed-out and missing marks — and reads them with the product's
 * reader on each thread count given: sheets per minute of reading (painting is not timed) and, per
 * field, agreement with the known marks and whether each disagreement was flagged.
 *
 * <pre>
 *   OmrBench SHEETS THREADS...      e.g. OmrBench 500 5 1
 * </pre>
 */
public final class OmrBench {

  /** Sheets painted and held at once: a photographed sheet is a few megabytes of gray. */
  private static final int BATCH = 50;

  private static final long SEED = 20_261_202L;

  private OmrBench() {}

  /** How the sheet came to the reader. */
  enum Kind {
    SCAN,
    TURNED,
    SHADOWED,
    PHOTO
  }

  record Painted(int index, OmrLayout layout, SheetMarks marks, Kind kind, PageImage image) {}

  /** Counts of one run, per kind of sheet. */
  static final class Tally {
    final Map<Kind, long[]> byKind = new EnumMap<>(Kind.class);

    /**
     * sheets, fields, agreed, flagged agreements, flagged disagreements, silent ones, unreadable
     */
    long[] of(Kind kind) {
      return byKind.computeIfAbsent(kind, k -> new long[7]);
    }

    long total(int column) {
      return byKind.values().stream().mapToLong(c -> c[column]).sum();
    }
  }

  public static void main(String[] args) throws Exception {
    int sheets = Integer.parseInt(args[0]);
    List<Integer> threadCounts = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      threadCounts.add(Integer.parseInt(args[i]));
    }
    OmrLayout[] layouts = {SampleTemplates.sample1(), SampleTemplates.upscMock()};
    OpenCvSheetReader reader = new OpenCvSheetReader(ReadingRules.DEFAULTS);
    Optional<MarkerImage> marker = Optional.of(SheetPainter.marker());
    System.out.printf(
        "%d sheets: %s (%d fields) and %s (%d fields) in turn; JVM sees %d processors%n",
        sheets,
        "OMRChecker sample1, corner markers",
        layouts[0].fields().size(),
        "UPSC mock, outline",
        layouts[1].fields().size(),
        Runtime.getRuntime().availableProcessors());
    warmUp(reader, layouts, marker);
    for (int threads : threadCounts) {
      Tally tally = new Tally();
      long readNanos = 0;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        for (int from = 0; from < sheets; from += BATCH) {
          List<Painted> batch = paint(layouts, from, Math.min(sheets, from + BATCH));
          long started = System.nanoTime();
          List<Future<Object>> readings = new ArrayList<>();
          for (Painted sheet : batch) {
            readings.add(pool.submit(() -> readOrRefusal(reader, sheet, marker)));
          }
          List<Object> results = new ArrayList<>();
          for (Future<Object> reading : readings) {
            results.add(reading.get());
          }
          readNanos += System.nanoTime() - started;
          for (int i = 0; i < batch.size(); i++) {
            score(batch.get(i), results.get(i), tally);
          }
        }
      } finally {
        pool.shutdown();
      }
      report(threads, sheets, readNanos, tally);
    }
  }

  private static void warmUp(
      OpenCvSheetReader reader, OmrLayout[] layouts, Optional<MarkerImage> marker) {
    // The JIT and OpenCV's first calls, on sheets the measured runs do not read.
    for (Painted sheet : paint(layouts, -20, 0)) {
      readOrRefusal(reader, sheet, marker);
    }
  }

  private static Object readOrRefusal(
      OpenCvSheetReader reader, Painted sheet, Optional<MarkerImage> marker) {
    try {
      return reader.read(
          sheet.image(), sheet.layout(), sheet.layout().usesMarker() ? marker : Optional.empty());
    } catch (SheetUnreadable e) {
      return e;
    }
  }

  /** Sheets {@code from} (inclusive) to {@code to}: the same sheets on every run. */
  static List<Painted> paint(OmrLayout[] layouts, int from, int to) {
    List<Painted> painted = new ArrayList<>();
    for (int index = from; index < to; index++) {
      Random random = new Random(SEED + index);
      OmrLayout layout = layouts[Math.floorMod(index, layouts.length)];
      SheetMarks marks = SheetMarks.random(layout, random, SheetMarks.Mix.USUAL);
      Kind kind = Kind.values()[Math.floorMod(index / layouts.length, Kind.values().length)];
      PageImage paper = new SheetPainter(layout).paint(marks, random.nextLong());
      painted.add(
          new Painted(
              index,
              layout,
              marks,
              kind,
              Camera.shoot(paper, shot(kind, random), random.nextLong())));
    }
    return painted;
  }

  /** A shot of the kind with its own turn, shadow, angle, noise and JPEG quality. */
  static Shot shot(Kind kind, Random random) {
    double degrees = (random.nextDouble() * 2 - 1) * 10;
    return switch (kind) {
      case SCAN -> new Shot(0, 0, 0, -1, 0.8 + 0.2 * random.nextDouble(), 1, 95);
      case TURNED -> new Shot(degrees, 0, 0, 120 + random.nextInt(60), 0.85, 2, 90);
      case SHADOWED -> new Shot(0, 0.3 + 0.3 * random.nextDouble(), 0, -1, 0.9, 2, 90);
      case PHOTO ->
          new Shot(
              degrees,
              0.2 + 0.3 * random.nextDouble(),
              0.05 * random.nextDouble(),
              40 + random.nextInt(60),
              0.6 + 0.2 * random.nextDouble(),
              3 + 3 * random.nextDouble(),
              60 + random.nextInt(30));
    };
  }

  private static void score(Painted sheet, Object result, Tally tally) {
    long[] counts = tally.of(sheet.kind());
    counts[0]++;
    List<TemplateField> fields = sheet.layout().fields();
    counts[1] += fields.size();
    if (result instanceof SheetUnreadable refusal) {
      // Refused whole, with a reason: every field goes to a person, none is a silent answer.
      counts[4] += fields.size();
      counts[6]++;
      System.out.printf(
          "  sheet %d (%s) refused: %s%n", sheet.index(), sheet.kind(), refusal.getMessage());
      return;
    }
    SheetReading reading = (SheetReading) result;
    for (int f = 0; f < fields.size(); f++) {
      FieldReading field = reading.fields().get(f);
      boolean agrees = field.value().equals(sheet.marks().expected(fields.get(f)));
      // Strict: BLANK alone does not count as flagged (an unanswered question is usually scored,
      // not looked at); only MULTIPLE and LOW_CONFIDENCE send a field to review.
      boolean flagged =
          field.flags().contains(ReadingFlag.MULTIPLE)
              || field.flags().contains(ReadingFlag.LOW_CONFIDENCE);
      if (agrees) {
        counts[2]++;
        counts[3] += flagged ? 1 : 0;
      } else if (flagged) {
        counts[4]++;
      } else {
        counts[5]++;
        System.out.printf(
            "  sheet %d (%s) %s: marks %s, read %s%n",
            sheet.index(),
            sheet.kind(),
            fields.get(f).label(),
            sheet.marks().of(fields.get(f).label()),
            field);
      }
    }
  }

  private static void report(int threads, int sheets, long readNanos, Tally tally) {
    double seconds = readNanos / 1e9;
    System.out.printf(
        "== %d thread(s): %d sheets read in %.1f s: %.0f sheets per minute (%.0f ms a sheet)%n",
        threads, sheets, seconds, sheets / seconds * 60, seconds * 1000 / sheets);
    System.out.println(
        "kind      sheets  fields  agreed   agree%  flagged-agreeing  flagged-disagreeing  silent  refused");
    for (Map.Entry<Kind, long[]> entry : tally.byKind.entrySet()) {
      line(entry.getKey().name(), entry.getValue());
    }
    long[] all = new long[7];
    for (int c = 0; c < 7; c++) {
      all[c] = tally.total(c);
    }
    line("all", all);
  }

  private static void line(String name, long[] c) {
    System.out.printf(
        "%-8s %7d %7d %7d %8.3f %17d %20d %7d %8d%n",
        name, c[0], c[1], c[2], 100.0 * c[2] / c[1], c[3], c[4], c[5], c[6]);
  }
}
