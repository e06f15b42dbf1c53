package kr.academy.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.academy.jobs.JobType;
import org.junit.jupiter.api.Test;

/**
 * This module must have a processor for every job type (and for nothing else), or jobs would be
 * accepted and never run.
 */
class ProcessorsTest {

  @Test
  void everyJobTypeHasExactlyOneProcessor() throws Exception {
    List<JobType> handled =
        processorClasses().stream().map(ProcessorsTest::typeOf).sorted().toList();
    assertEquals(List.of(JobType.values()), handled);
  }

  private static JobType typeOf(Class<?> processor) {
    try {
      var constructor = processor.getDeclaredConstructor();
      constructor.setAccessible(true);
      return ((JobProcessor) constructor.newInstance()).type();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(processor + " cannot be made for the test", e);
    }
  }

  private static List<Class<?>> processorClasses() throws URISyntaxException, Exception {
    Path classes =
        Path.of(JobProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .map(ProcessorsTest::load)
          .filter(JobProcessor.class::isAssignableFrom)
          .filter(type -> !type.isInterface() && !Modifier.isAbstract(type.getModifiers()))
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ProcessorsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
