package kr.academy.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.MessageDriven;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.academy.jobs.JobType;
import org.junit.jupiter.api.Test;

/**
 * The API accepts exactly the job types marked built; this module must have a processor for each of
 * them (and for nothing else), or jobs would be accepted and never run. A processor and a
 * message-driven bean hold no logic of their own: the workflow is a use case of academy-ejb, where
 * it is unit-tested (docs/architecture.md, "Workflows as use cases").
 */
class ProcessorsTest {

  @Test
  void everyBuiltJobTypeHasExactlyOneProcessor() throws Exception {
    List<JobType> handled =
        processorClasses().stream().map(ProcessorsTest::typeOf).sorted().toList();
    Set<JobType> built =
        Arrays.stream(JobType.values())
            .filter(JobType::built)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(JobType.class)));
    assertEquals(List.copyOf(built), handled);
  }

  @Test
  void aProcessorDeclaresOnlyItsTypeAndAProcessThatCallsAUseCase() throws Exception {
    List<String> classFiles = classFiles();
    for (Class<?> processor : processorClasses()) {
      assertEquals(
          List.of("process(JobRun)", "type()"),
          declaredMethods(processor),
          processor.getName() + " may declare only type() and process(JobRun)");
      assertEquals(
          List.of(),
          nestedIn(processor, classFiles),
          processor.getName() + " may have no nested classes: the workflow is a use case");
    }
  }

  @Test
  void aMessageDrivenBeanDeclaresNothingButItsQueue() throws Exception {
    List<String> classFiles = classFiles();
    List<Class<?>> beans =
        topLevel(classFiles).stream()
            .filter(type -> type.isAnnotationPresent(MessageDriven.class))
            .toList();
    assertFalse(beans.isEmpty());
    for (Class<?> bean : beans) {
      assertEquals(List.of(), declaredMethods(bean), bean.getName() + " may declare no methods");
      assertEquals(List.of(), nestedIn(bean, classFiles), bean.getName() + " has nested classes");
    }
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

  /** The methods written in the class (lambdas and bridges are the compiler's), sorted. */
  private static List<String> declaredMethods(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(method -> !method.isSynthetic())
        .map(ProcessorsTest::signature)
        .sorted()
        .toList();
  }

  private static String signature(Method method) {
    return method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(",", "(", ")"));
  }

  /** Member, local and anonymous classes alike compile to {@code Outer$…} files. */
  private static List<String> nestedIn(Class<?> type, List<String> classFiles) {
    return classFiles.stream().filter(name -> name.startsWith(type.getName() + "$")).toList();
  }

  private static List<Class<?>> processorClasses() throws Exception {
    return topLevel(classFiles()).stream()
        .filter(JobProcessor.class::isAssignableFrom)
        .filter(type -> !type.isInterface() && !Modifier.isAbstract(type.getModifiers()))
        .collect(Collectors.toList());
  }

  private static List<Class<?>> topLevel(List<String> classFiles) {
    return classFiles.stream()
        .filter(name -> !name.contains("$"))
        .<Class<?>>map(ProcessorsTest::load)
        .toList();
  }

  /** The binary names of this module's classes. */
  private static List<String> classFiles() throws URISyntaxException, Exception {
    Path classes =
        Path.of(JobProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .toList();
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
