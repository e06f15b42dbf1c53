package kr.academy.ai.ocr.tess4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.academy.ai.ocr.Box;
import kr.academy.ai.ocr.opencv.InkShapes;

/**
 * The runs of words that look Latin before anything is read ({@link InkShapes}), which {@link
 * PageReading} gives to the English model at once and paints white for the Korean model, and the
 * Korean model's lines with those runs' words put back in (docs/ocr.md, Tesseract).
 */
final class LatinFirst {

  /** Words {@code from} (inclusive) to {@code to} (exclusive) of a laid-out line. */
  record Run(LaidOutLine line, int from, int to) {

    /**
     * The run as a line of words not read yet (no text, no confidence), for {@code PageReading}'s
     * reading of runs: any reading of it is surer.
     */
    Recognised.Line unread() {
      Box box = line.box();
      List<Recognised.Word> words = new ArrayList<>(line.words().size());
      for (Box word : line.words()) {
        words.add(
            new Recognised.Word("", word.x(), word.y(), word.right(), word.bottom(), 0, "", true));
      }
      return new Recognised.Line(
          "", words, box.x(), box.y(), box.right(), box.bottom(), 0, line.startsParagraph());
    }

    /** The run's words as {@code PageReading} reads runs again: by their place in the line. */
    ForeignRuns.Run words() {
      return new ForeignRuns.Run(from, to);
    }

    /** Where the run's ink is: its words, and halfway to the words beside it at most. */
    Box blank() {
      List<Box> words = line.words();
      Box first = words.get(from);
      Box last = words.get(to - 1);
      int pad = Math.max(2, line.box().height() / 6);
      int left = first.x() - pad;
      if (from > 0) {
        left = Math.max(left, (words.get(from - 1).right() + first.x()) / 2);
      }
      int right = last.right() + pad;
      if (to < words.size()) {
        right = Math.min(right, (last.right() + words.get(to).x()) / 2);
      }
      Box box = line.box();
      return new Box(left, box.y(), Math.max(0, right - left), box.height());
    }
  }

  /** A run and the words read in it, in the page's pixels (none if nothing was read). */
  record ReadRun(Run run, List<Recognised.Word> words) {}

  private LatinFirst() {}

  /**
   * Each line's runs of words that look Latin, in order: a run holds a word that looks Latin
   * ({@link InkShapes#LATIN} of its letters start low), the words beside it with any letter that
   * starts low ("that", whose t starts fairly high), and a single word between two runs.
   */
  static List<Run> runs(List<LaidOutLine> lines, InkShapes ink) {
    List<double[]> lowStarts =
        ink.lowStarts(
            lines.stream().map(LaidOutLine::box).toList(),
            lines.stream().map(LaidOutLine::words).toList());
    List<Run> runs = new ArrayList<>();
    for (int l = 0; l < lines.size(); l++) {
      runs.addAll(runs(lines.get(l), lowStarts.get(l)));
    }
    return runs;
  }

  static List<Run> runs(LaidOutLine line, double[] lowStarts) {
    List<Run> runs = new ArrayList<>();
    int from = -1;
    boolean latin = false;
    for (int i = 0; i <= lowStarts.length; i++) {
      if (i < lowStarts.length && lowStarts[i] > 0) {
        from = from < 0 ? i : from;
        latin |= lowStarts[i] >= InkShapes.LATIN;
        continue;
      }
      if (from >= 0 && latin) {
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.to() + 1 == from) {
          runs.set(runs.size() - 1, new Run(line, last.from(), i));
        } else {
          runs.add(new Run(line, from, i));
        }
      }
      from = -1;
      latin = false;
    }
    return runs;
  }

  /**
   * The lines the Korean model read on the page without the runs, with each run's words put into
   * the line beside them (or, where none is, as a line of their own), lines in order down the page.
   */
  static List<Recognised.Line> merged(List<Recognised.Line> read, List<ReadRun> runs) {
    List<Recognised.Line> lines = new ArrayList<>(read);
    for (ReadRun run : runs) {
      if (run.words().isEmpty()) {
        continue;
      }
      Box box = run.run().line().box();
      int at = besideOf(lines, box);
      if (at < 0) {
        Recognised.Line own =
            new Recognised.Line(
                "",
                List.of(),
                box.x(),
                box.y(),
                box.right(),
                box.bottom(),
                0,
                run.run().line().startsParagraph());
        lines.add(own.withWords(run.words()));
      } else {
        Recognised.Line line = lines.get(at);
        List<Recognised.Word> words = new ArrayList<>(line.words());
        words.addAll(run.words());
        words.sort(Comparator.comparingInt(Recognised.Word::left));
        lines.set(at, line.withWords(words));
      }
    }
    lines.sort(Comparator.comparingInt(Recognised.Line::top));
    return lines;
  }

  /** The line sharing most of its height with {@code box} (at least half the lower's), or -1. */
  private static int besideOf(List<Recognised.Line> lines, Box box) {
    int best = -1;
    int bestOverlap = 0;
    for (int i = 0; i < lines.size(); i++) {
      Recognised.Line line = lines.get(i);
      int overlap = Math.min(line.bottom(), box.bottom()) - Math.max(line.top(), box.y());
      int lower = Math.min(line.bottom() - line.top(), box.height());
      if (overlap * 2 >= lower && overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    return best;
  }
}
