package kr.academy.bench.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.academy.media.javacv.JavacvLecturePageFinder;
import kr.academy.media.pages.PageSettings;
import kr.academy.media.pages.SlidePage;
import kr.academy.testing.LectureScript;
import kr.academy.testing.PageScore;

/**
 * The page benchmark's steps (bench/pages.sh runs them; figures go to docs/performance.md):
 *
 * <pre>
 *   PageBench stills DIR      paint the lecture's stills and its FFmpeg concat list into DIR
 *   PageBench once VIDEO      one call of the page finder as the video worker makes it (15 pages)
 *   PageBench find VIDEO      time the page finder on VIDEO, twice in one JVM, and score it
 *   PageBench scenes FILE     score FFmpeg's scene filter from its metadata print in FILE
 * </pre>
 */
public final class PageBench {

  private static final double TOLERANCE_SECONDS = 1.0;
  private static final Pattern PTS_TIME = Pattern.compile("pts_time:([0-9.]+)");

  private PageBench() {}

  public static void main(String[] args) throws IOException {
    LectureScript script = BenchLecture.script();
    switch (args[0]) {
      case "stills" -> BenchLecture.writeStills(script, Path.of(args[1]));
      case "once" -> once(args[1]);
      case "find" -> find(script, args[1]);
      case "scenes" -> scenes(script, Path.of(args[1]));
      default -> throw new IllegalArgumentException("stills, once, find or scenes, not " + args[0]);
    }
  }

  private static void once(String video) {
    long started = System.nanoTime();
    List<SlidePage> pages = new JavacvLecturePageFinder(PageSettings.defaults()).find(video);
    System.out.printf(
        "one call: %d pages in %.2f s%n", pages.size(), (System.nanoTime() - started) / 1e9);
  }

  private static void find(LectureScript script, String video) {
    System.out.printf(
        "lecture: %.0f s, %d pages, %d slide changes%n",
        BenchLecture.SECONDS, script.pages().size(), BenchLecture.slideChanges(script).size());
    // Every page, to score detection itself; then the product's default maximum.
    JavacvLecturePageFinder all =
        new JavacvLecturePageFinder(PageSettings.defaults().withMaxPages(Integer.MAX_VALUE));
    for (String run : List.of("first run (fresh JVM)", "second run")) {
      long started = System.nanoTime();
      List<SlidePage> pages = all.find(video);
      double seconds = (System.nanoTime() - started) / 1e9;
      PageScore score = PageScore.of(script, pages, TOLERANCE_SECONDS);
      System.out.printf(
          "%s: %.2f s, %.0fx realtime; %d pages, precision %.3f, recall %.3f,"
              + " start error mean %.2f s max %.2f s, fullest %d%n",
          run,
          seconds,
          BenchLecture.SECONDS / seconds,
          pages.size(),
          score.precision(),
          score.recall(),
          score.meanStartError(),
          score.worstStartError(),
          score.fullest());
      score.notes().forEach(note -> System.out.println("  " + note));
    }
    List<SlidePage> capped = new JavacvLecturePageFinder(PageSettings.defaults()).find(video);
    Set<Integer> slides = new HashSet<>();
    for (SlidePage page : capped) {
      LectureScript.Shown shown = script.shownAt(page.representativeSeconds());
      if (shown != null) {
        slides.add(shown.slide());
      }
    }
    System.out.printf(
        "default maximum: %d pages, %d different slides%n", capped.size(), slides.size());
  }

  /**
   * FFmpeg's picks against the lecture: recall of slide changes (revisits included) and of pages
   * (first appearances), and the share of picks that fall on a slide change. A pick counts for at
   * most one change.
   */
  private static void scenes(LectureScript script, Path metadata) throws IOException {
    List<Double> picks = new ArrayList<>();
    Matcher matcher = PTS_TIME.matcher(Files.readString(metadata));
    while (matcher.find()) {
      picks.add(Double.parseDouble(matcher.group(1)));
    }
    List<Double> changes = BenchLecture.slideChanges(script);
    List<Double> pageStarts = new ArrayList<>();
    script.pages().stream().skip(1).forEach(page -> pageStarts.add(page.start()));
    int hits = matched(changes, picks);
    System.out.printf(
        "%s: %d picks; recall of slide changes %.3f, of pages %.3f; precision %.3f%n",
        metadata.getFileName(),
        picks.size(),
        (double) hits / changes.size(),
        (double) matched(pageStarts, picks) / pageStarts.size(),
        picks.isEmpty() ? 0 : (double) hits / picks.size());
  }

  private static int matched(List<Double> moments, List<Double> picks) {
    Set<Integer> used = new HashSet<>();
    int hits = 0;
    for (double moment : moments) {
      for (int i = 0; i < picks.size(); i++) {
        if (!used.contains(i) && Math.abs(picks.get(i) - moment) <= TOLERANCE_SECONDS) {
          used.add(i);
          hits++;
          break;
        }
      }
    }
    return hits;
  }
}
