package kr.academy.omr.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.academy.omr.OmrLayout;
import kr.academy.omr.TemplateField;

/**
 * Turns the samples of a straightened sheet's bubbles into its reading: checks that the template's
 * bubbles are printed where it says, computes the sheet's threshold, reads every field with its
 * confidence and flags, and joins the custom labels (docs/omr.md, "Reading a sheet").
 */
public final class MarkReading {

  private MarkReading() {}

  /**
   * @param samples every field's bubble samples, in the layout's order ({@link BubbleSampler})
   * @throws SheetUnreadable when too few of the template's bubbles have print under them
   */
  public static SheetReading read(
      OmrLayout layout,
      List<List<BubbleSample>> samples,
      SheetReading.Alignment alignment,
      ReadingRules rules) {
    double[] means =
        samples.stream().flatMap(List::stream).mapToDouble(BubbleSample::mean).toArray();
    SheetThreshold sheet = SheetThreshold.of(means, rules);
    checkPrinted(samples, sheet, rules);
    List<FieldReading> fields = new ArrayList<>(layout.fields().size());
    Map<String, String> values = new LinkedHashMap<>();
    for (int f = 0; f < layout.fields().size(); f++) {
      FieldReading reading = field(layout.fields().get(f), samples.get(f), sheet, rules);
      fields.add(reading);
      values.put(reading.label(), reading.value());
    }
    Map<String, String> custom = new LinkedHashMap<>();
    layout
        .customLabels()
        .forEach(
            (name, labels) ->
                custom.put(name, String.join("", labels.stream().map(values::get).toList())));
    return new SheetReading(alignment, sheet.threshold(), fields, custom);
  }

  /** The share of bubbles with print under them: a printed outline, or a mark. */
  public static double printedShare(
      List<List<BubbleSample>> samples, SheetThreshold sheet, ReadingRules rules) {
    long printed =
        samples.stream()
            .flatMap(List::stream)
            .filter(s -> s.contrast() >= rules.minPrintContrast() || sheet.marks(s.mean()))
            .count();
    long all = samples.stream().mapToLong(List::size).sum();
    return all == 0 ? 0 : printed / (double) all;
  }

  private static void checkPrinted(
      List<List<BubbleSample>> samples, SheetThreshold sheet, ReadingRules rules) {
    double share = printedShare(samples, sheet, rules);
    if (share < rules.minPrintedShare()) {
      throw new SheetUnreadable(
          String.format(
              "the template's bubbles are not on this sheet: only %.0f%% of them have a printed"
                  + " bubble or a mark where the template puts one (at least %.0f%% needed);"
                  + " it is another template's sheet, or not an answer sheet",
              share * 100, rules.minPrintedShare() * 100));
    }
  }

  private static FieldReading field(
      TemplateField field, List<BubbleSample> bubbles, SheetThreshold sheet, ReadingRules rules) {
    List<String> marked = new ArrayList<>();
    double confidence = 1;
    double[] means = new double[bubbles.size()];
    for (int b = 0; b < bubbles.size(); b++) {
      double mean = bubbles.get(b).mean();
      means[b] = mean;
      if (sheet.marks(mean)) {
        marked.add(field.bubbles().get(b).value());
      }
      confidence = Math.min(confidence, sheet.confidence(mean));
    }
    Set<ReadingFlag> flags = EnumSet.noneOf(ReadingFlag.class);
    if (marked.isEmpty()) {
      flags.add(ReadingFlag.BLANK);
    } else if (marked.size() > 1) {
      flags.add(ReadingFlag.MULTIPLE);
    }
    if (confidence < rules.lowConfidence() || disagreesLocally(means, sheet, rules)) {
      flags.add(ReadingFlag.LOW_CONFIDENCE);
    }
    String value =
        switch (marked.size()) {
          case 0 -> field.emptyValue();
          case 1 -> marked.get(0);
          default -> String.join("", marked);
        };
    return new FieldReading(field.label(), value, marked, confidence, flags);
  }

  /**
   * OMRChecker's local check: when the field's own bubbles show a confident jump (at least {@code
   * minJump + confidentSurplus}), the middle of its largest jump is the field's threshold; a bubble
   * it puts on the other side than the sheet's threshold makes the field doubtful.
   */
  static boolean disagreesLocally(double[] means, SheetThreshold sheet, ReadingRules rules) {
    if (means.length < 2) {
      return false;
    }
    double[] sorted = means.clone();
    Arrays.sort(sorted);
    double largest = 0;
    double local = Double.NaN;
    for (int i = 0; i + 1 < sorted.length; i++) {
      double jump = sorted[i + 1] - sorted[i];
      if (jump > largest) {
        largest = jump;
        local = sorted[i] + jump / 2;
      }
    }
    if (largest < rules.minJump() + rules.confidentSurplus()) {
      return false;
    }
    for (double mean : means) {
      if ((mean < local) != sheet.marks(mean)) {
        return true;
      }
    }
    return false;
  }
}
