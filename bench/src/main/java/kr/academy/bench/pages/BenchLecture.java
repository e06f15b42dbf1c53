package kr.academy.bench.pages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import kr.academy.testing.LectureScript;
import kr.academy.testing.LectureScript.Shown;

/**
 * The benchmark's lecture: an hour of slides with every nuisance page detection must survive, from
 * a fixed seed, so the same timeline is both what {@code pages.sh} encodes and what the pages found
 * are scored against. Slides are painted by the tests' {@link LectureScript}; the presenter's
 * webcam, noise and flicker are added by FFmpeg's filters when the video is encoded.
 */
final class BenchLecture {

  static final double SECONDS = 3600;
  static final int WIDTH = 1280;
  static final int HEIGHT = 720;
  static final double FPS = 30;

  private BenchLecture() {}

  /**
   * About sixty showings: plain slides cut in (30–90 s each), build-ups of five bullets (10–22 s a
   * bullet), crossfades of 0.5–2 s, and slides shown again.
   */
  static LectureScript script() {
    Random random = new Random(12);
    LectureScript.Builder lecture = LectureScript.lasting(SECONDS);
    List<Integer> shown = new ArrayList<>();
    int next = 1;
    double at = 0;
    while (at < SECONDS - 60) {
      double roll = shown.isEmpty() ? 1 : random.nextDouble();
      if (roll < 0.12 && shown.size() > 3) {
        int again = shown.get(random.nextInt(shown.size() - 1));
        lecture.show(at, again);
        at += 30 + 40 * random.nextDouble();
        continue;
      }
      int slide = next++;
      shown.add(slide);
      if (roll < 0.27) {
        for (int bullets = 1; bullets <= 5; bullets++) {
          lecture.show(at, slide, bullets);
          at += 10 + 12 * random.nextDouble();
        }
      } else if (roll < 0.45) {
        lecture.fade(at, 0.5 + 1.5 * random.nextDouble(), slide);
        at += 30 + 60 * random.nextDouble();
      } else {
        lecture.show(at, slide);
        at += 30 + 60 * random.nextDouble();
      }
    }
    return lecture.build();
  }

  /** The moments a slide replaces another (revisits included, further bullets not). */
  static List<Double> slideChanges(LectureScript script) {
    List<Double> changes = new ArrayList<>();
    List<Shown> timeline = script.timeline();
    for (int i = 1; i < timeline.size(); i++) {
      if (timeline.get(i).slide() != timeline.get(i - 1).slide()) {
        changes.add(timeline.get(i).at());
      }
    }
    return changes;
  }

  /**
   * Paints every still (and every frame of every crossfade) as a grey PNG into {@code directory},
   * with an FFmpeg concat list ({@code lecture.ffconcat}) that shows each for as long as the script
   * says.
   */
  static void writeStills(LectureScript script, Path directory) throws IOException {
    Files.createDirectories(directory);
    StringBuilder list = new StringBuilder("ffconcat version 1.0\n");
    List<Shown> timeline = script.timeline();
    String last = null;
    for (int i = 0; i < timeline.size(); i++) {
      Shown shown = timeline.get(i);
      double until = i + 1 < timeline.size() ? timeline.get(i + 1).at() : SECONDS;
      double steady = shown.at();
      if (shown.fadeSeconds() > 0 && i > 0) {
        int frames = (int) Math.round(shown.fadeSeconds() * FPS);
        for (int k = 0; k < frames; k++) {
          String name = "fade-" + i + "-" + k + ".png";
          still(script, shown.at() + k / FPS, directory.resolve(name));
          list.append(entry(name, 1 / FPS));
        }
        steady += frames / FPS;
      }
      last = "slide-" + shown.slide() + "-" + shown.bullets() + ".png";
      if (!Files.exists(directory.resolve(last))) {
        still(script, steady + 1e-6, directory.resolve(last));
      }
      list.append(entry(last, until - steady));
    }
    // The concat demuxer ignores the last entry's duration unless the file is named once more.
    list.append("file '").append(last).append("'\n");
    Files.writeString(directory.resolve("lecture.ffconcat"), list);
  }

  private static String entry(String file, double seconds) {
    return "file '" + file + "'\nduration " + String.format(Locale.ROOT, "%.6f", seconds) + "\n";
  }

  private static void still(LectureScript script, double seconds, Path file) throws IOException {
    byte[] levels = new byte[WIDTH * HEIGHT];
    script.paint(seconds, WIDTH, HEIGHT, levels);
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setDataElements(0, 0, WIDTH, HEIGHT, levels);
    ImageIO.write(image, "png", file.toFile());
  }
}
