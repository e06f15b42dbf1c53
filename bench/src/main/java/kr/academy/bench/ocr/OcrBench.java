package kr.academy.bench.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import kr.academy.ai.ocr.OcrMode;
import kr.academy.ai.ocr.OcrSettings;
import kr.academy.ai.ocr.PageText;
import kr.academy.ai.ocr.tess4j.ReadingSteps;
import kr.academy.ai.ocr.tess4j.TesseractOcrEngine;
import kr.academy.pages.PageImage;
import kr.academy.testing.CharacterErrorRate;
import kr.academy.testing.HomeworkText;
import kr.academy.testing.TextPages;

/**
 * The OCR benchmark's steps (bench/ocr.sh runs them; figures go to docs/performance.md, OCR):
 *
 * <pre>
 *   OcrBench pages DIR N        render N homework pages (A4, 300 dpi) as PNG, each with its text
 *   OcrBench engine DIR MODE    the product's engine (STANDARD or ACCURATE), models loaded and
 *                               warmed up on the first page first: time and CER per page
 *   OcrBench cli DIR            Debian's tesseract command on the same PNGs, same languages, psm
 *                               and resolution, OMP_THREAD_LIMIT=1: time and CER per page
 *   OcrBench steps DIR          the engine (STANDARD) with each cleaning step left out in turn
 *   OcrBench versus DIR ROUNDS  the engine (STANDARD) and the command in turn on each page, ROUNDS
 *                               times over: the time ratio
 * </pre>
 *
 * Pages are named {@code page-NN-KIND.png} (KIND: {@code scan}, {@code skewed} or {@code photo})
 * beside {@code page-NN-KIND.txt}, the text they show.
 */
public final class OcrBench {

  private static final String LANGUAGES = OcrSettings.DEFAULT_LANGUAGES;
  private static final int PSM = OcrSettings.DEFAULT_PAGE_SEGMENTATION_MODE;
  private static final String[] FONTS = {
    "NanumGothic.ttf", "NanumMyeongjo.ttf", "NanumBarunGothic.ttf"
  };

  private OcrBench() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    Path dir = Path.of(args[1]);
    switch (args[0]) {
      case "pages" -> pages(dir, Integer.parseInt(args[2]));
      case "engine" -> engine(dir, OcrMode.valueOf(args[2]));
      case "cli" -> cli(dir);
      case "steps" -> steps(dir);
      case "versus" -> versus(dir, Integer.parseInt(args[2]));
      default ->
          throw new IllegalArgumentException("pages, engine, cli, steps or versus, not " + args[0]);
    }
  }

  /**
   * Page i (from 1): fonts in turn, 10–12 pt, about a third of the sentences English; every fifth
   * page from the fifth a phone photo (shadow, grain, soft focus, turned 2°), pages 2, 4 and 7 of
   * every ten turned by 3.5°, -5° and 9°, the others straight.
   */
  private static void pages(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    for (int i = 1; i <= count; i++) {
      TextPages.Builder page =
          TextPages.of(HomeworkText.paragraphs(100 + i, 80, 0.3))
              .font(FONTS[(i - 1) % FONTS.length])
              .points(new float[] {11, 10, 12}[(i - 1) % 3])
              .seed(i);
      String kind = "scan";
      if (i % 5 == 0) {
        page.rotated(2).shadow(0.55).noise(10).blurred();
        kind = "photo";
      } else if (i % 10 == 2 || i % 10 == 4 || i % 10 == 7) {
        page.rotated(i % 10 == 2 ? 3.5 : i % 10 == 4 ? -5 : 9);
        kind = "skewed";
      }
      TextPages.TextPage rendered = page.render();
      String name = String.format("page-%02d-%s", i, kind);
      ImageIO.write(TextPages.image(rendered.image()), "png", dir.resolve(name + ".png").toFile());
      Files.writeString(dir.resolve(name + ".txt"), rendered.text());
      System.out.printf(
          "%s: %d lines, %d characters%n",
          name, rendered.lines().size(), CharacterErrorRate.length(rendered.text()));
    }
  }

  private static void engine(Path dir, OcrMode mode) throws IOException {
    List<Path> pages = pngs(dir);
    TesseractOcrEngine engine = new TesseractOcrEngine(OcrSettings.defaults().withEngines(1));
    PageImage first = load(pages.get(0));
    long rss = residentMegabytes();
    long started = System.nanoTime();
    engine.read(first, mode);
    System.out.printf(
        "warm-up (models loaded, first page): %.2f s; resident memory %d MB before, %d MB after%n",
        (System.nanoTime() - started) / 1e9, rss, residentMegabytes());
    Tally tally = new Tally("engine " + mode);
    for (Path png : pages) {
      enginePage(engine, png, mode, tally);
    }
    tally.print();
    engine.close();
  }

  /** One page read by the engine: its PNG decoded, then read, on this thread. */
  private static void enginePage(TesseractOcrEngine engine, Path png, OcrMode mode, Tally tally)
      throws IOException {
    long c0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    PageImage page = load(png);
    long t1 = System.nanoTime();
    PageText text = engine.read(page, mode);
    long t2 = System.nanoTime();
    double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
    tally.add(png, (t2 - t0) / 1e9, (t2 - t1) / 1e9, cpu, text.text(), text.skewDegrees());
  }

  /**
   * The engine (STANDARD, warmed up) and the command in turn on each page, {@code rounds} times
   * over: on a machine whose speed drifts (it is shared), each pair of readings meets the same
   * conditions, so the ratio of their sums is the figure to quote.
   */
  private static void versus(Path dir, int rounds) throws IOException, InterruptedException {
    List<Path> pages = pngs(dir);
    Path out = cliOutput(dir);
    TesseractOcrEngine engine = new TesseractOcrEngine(OcrSettings.defaults().withEngines(1));
    engine.read(load(pages.get(0)), OcrMode.STANDARD);
    Tally ours = new Tally("engine STANDARD, in turn");
    Tally theirs = new Tally("tesseract CLI, in turn");
    for (int round = 0; round < rounds; round++) {
      for (Path png : pages) {
        enginePage(engine, png, OcrMode.STANDARD, ours);
        cliPage(png, out, theirs);
      }
    }
    ours.summary();
    theirs.summary();
    System.out.printf(
        "engine / command over %d readings each: wall %.2f×, CPU %.2f×%n",
        rounds * pages.size(),
        ours.seconds() / theirs.seconds(),
        ours.cpuSeconds() / theirs.cpuSeconds());
    engine.close();
  }

  private static void steps(Path dir) throws IOException {
    List<Path> pages = pngs(dir);
    TesseractOcrEngine engine = new TesseractOcrEngine(OcrSettings.defaults().withEngines(1));
    engine.read(load(pages.get(0)), OcrMode.STANDARD);
    List<ReadingSteps> variants =
        List.of(
            ReadingSteps.PRODUCT,
            new ReadingSteps(false, true, false, true, true),
            new ReadingSteps(true, false, false, true, true),
            new ReadingSteps(true, true, true, true, true),
            new ReadingSteps(true, true, false, true, false),
            new ReadingSteps(true, true, false, false, false),
            ReadingSteps.NONE);
    for (ReadingSteps steps : variants) {
      Tally tally = new Tally(steps.toString());
      for (Path png : pages) {
        PageImage page = load(png);
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        PageText text = engine.read(page, OcrMode.STANDARD, steps);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
        tally.add(png, seconds, seconds, cpu, text.text(), text.skewDegrees());
      }
      tally.summary();
    }
    engine.close();
  }

  private static void cli(Path dir) throws IOException, InterruptedException {
    Path out = cliOutput(dir);
    Tally tally = new Tally("tesseract CLI");
    for (Path png : pngs(dir)) {
      cliPage(png, out, tally);
    }
    tally.print();
  }

  private static Path cliOutput(Path dir) throws IOException {
    return Files.createDirectories(dir.resolve("cli"));
  }

  /** One page read by a {@code tesseract} process of its own, as a script runs it. */
  private static void cliPage(Path png, Path out, Tally tally)
      throws IOException, InterruptedException {
    String name = png.getFileName().toString().replace(".png", "");
    ProcessBuilder command =
        new ProcessBuilder(
                "tesseract",
                png.toString(),
                out.resolve(name).toString(),
                "-l",
                LANGUAGES,
                "--psm",
                "" + PSM,
                "--oem",
                "1",
                "--dpi",
                "" + TextPages.DPI)
            .redirectErrorStream(true)
            .redirectOutput(out.resolve(name + ".log").toFile());
    command.environment().put("OMP_THREAD_LIMIT", "1");
    double c0 = childrenCpuSeconds();
    long t0 = System.nanoTime();
    int status = command.start().waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = childrenCpuSeconds() - c0;
    if (status != 0) {
      throw new IllegalStateException("tesseract failed on " + png + ": " + status);
    }
    tally.add(png, seconds, seconds, cpu, Files.readString(out.resolve(name + ".txt")), 0);
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * CPU seconds (user + system) of this process's children that have ended and been waited for:
   * fields 16 and 17 of /proc/self/stat, in clock ticks of 1/100 s (Linux's USER_HZ).
   */
  private static double childrenCpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // fields[0] is field 3 (state): cutime is field 16, cstime field 17.
    return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
  }

  /** The process's resident memory (VmRSS), in MB. */
  private static long residentMegabytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  private static List<Path> pngs(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
    }
  }

  private static PageImage load(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      throw new IllegalArgumentException(png + " is not 8-bit gray");
    }
    byte[] gray = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    return new PageImage(image.getWidth(), image.getHeight(), TextPages.DPI, gray);
  }

  /** Times and errors per page, and their sums by kind of page. */
  private static final class Tally {

    private final String name;
    private final List<String> rows = new ArrayList<>();
    private final double[] seconds = new double[3];
    private final double[] recognising = new double[3];
    private final double[] cpu = new double[3];
    private final long[] edits = new long[3];
    private final long[] length = new long[3];
    private final int[] pages = new int[3];

    Tally(String name) {
      this.name = name;
    }

    void add(Path png, double total, double reading, double cpuSeconds, String text, double skew)
        throws IOException {
      String reference =
          Files.readString(Path.of(png.toString().replace(".png", ".txt")), StandardCharsets.UTF_8);
      int e = CharacterErrorRate.edits(reference, text);
      int n = CharacterErrorRate.length(reference);
      String file = png.getFileName().toString();
      int kind = file.contains("photo") ? 2 : file.contains("skewed") ? 1 : 0;
      seconds[kind] += total;
      recognising[kind] += reading;
      cpu[kind] += cpuSeconds;
      edits[kind] += e;
      length[kind] += n;
      pages[kind]++;
      rows.add(
          String.format(
              "  %-22s %6.2f s (CPU %5.2f s)  CER %.4f  skew %5.2f°",
              file, total, cpuSeconds, (double) e / n, skew));
    }

    double seconds() {
      return seconds[0] + seconds[1] + seconds[2];
    }

    double cpuSeconds() {
      return cpu[0] + cpu[1] + cpu[2];
    }

    void print() {
      rows.forEach(System.out::println);
      summary();
    }

    void summary() {
      String[] kinds = {"scans", "skewed", "photos"};
      StringBuilder line = new StringBuilder(name + ":");
      double allSeconds = 0;
      long allEdits = 0;
      long allLength = 0;
      int allPages = 0;
      for (int k = 0; k < 3; k++) {
        if (pages[k] > 0) {
          line.append(
              String.format(
                  " %s %d: %.2f s/page, CER %.4f;",
                  kinds[k], pages[k], seconds[k] / pages[k], (double) edits[k] / length[k]));
          allSeconds += seconds[k];
          allEdits += edits[k];
          allLength += length[k];
          allPages += pages[k];
        }
      }
      line.append(
          String.format(
              " ALL %d: %.2f s/page (recognition alone %.2f), CPU %.2f s/page, CER %.4f",
              allPages,
              allSeconds / allPages,
              (recognising[0] + recognising[1] + recognising[2]) / allPages,
              (cpu[0] + cpu[1] + cpu[2]) / allPages,
              (double) allEdits / allLength));
      System.out.println(line);
    }
  }
}
