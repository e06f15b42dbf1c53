package kr.academy.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A main class over 400 lines is doing more than one thing: split it before it grows further. */
class ClassSizeTest {

  static final int MAX_LINES = 400;

  @Test
  void noMainClassIsOver400Lines() throws IOException {
    List<String> tooLong;
    try (Stream<Path> files = Files.list(Modules.root())) {
      tooLong =
          files
              .filter(path -> !path.getFileName().toString().startsWith("."))
              .flatMap(ClassSizeTest::walk)
              .filter(path -> path.toString().endsWith(".java"))
              .filter(path -> path.toString().contains("/src/main/java/"))
              .filter(path -> !path.toString().contains("/target/"))
              .filter(path -> lines(path) > MAX_LINES)
              .map(path -> Modules.root().relativize(path) + " (" + lines(path) + " lines)")
              .sorted()
              .toList();
    }
    assertEquals(List.of(), tooLong, "main classes over " + MAX_LINES + " lines");
  }

  private static Stream<Path> walk(Path top) {
    try {
      return Files.walk(top);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
