package kr.academy.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The Liberty server the build started, as a process a test may kill and start again. */
public final class LibertyServer {

  private LibertyServer() {}

  private static Path wlp() {
    return Path.of(System.getProperty("academy.wlp.dir"));
  }

  private static String name() {
    return System.getProperty("academy.server.name");
  }

  /** The server's process id, from the file Liberty keeps. */
  public static long pid() throws IOException {
    return Long.parseLong(
        Files.readString(wlp().resolve("usr/servers/.pid/" + name() + ".pid")).strip());
  }

  /**
   * Waits for a process the server started (FFmpeg, say) whose command line has {@code argument}
   * among its arguments, polling the server's descendants every few milliseconds; fails after
   * {@code timeout}.
   */
  public static ProcessHandle awaitChild(String argument, Duration timeout) throws IOException {
    ProcessHandle server =
        ProcessHandle.of(pid()).orElseThrow(() -> new AssertionError("the server is not running"));
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      var child =
          server
              .descendants()
              .filter(
                  p -> p.info().arguments().map(a -> List.of(a).contains(argument)).orElse(false))
              .findFirst();
      if (child.isPresent()) {
        return child.get();
      }
      Jobs.pause(Duration.ofMillis(5));
    }
    return fail("the server started no process with argument " + argument + " in " + timeout);
  }

  /**
   * Sends {@code signal} ({@code STOP}, {@code CONT}, {@code KILL}) to a process of the server's: a
   * stopped process does nothing and reports nothing until it is continued, whatever the clocks
   * say.
   */
  public static void signal(ProcessHandle process, String signal)
      throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
    assertEquals(0, kill.waitFor(), () -> "kill -" + signal + " " + process.pid());
  }

  /** Waits until the process is gone; fails after {@code timeout}. */
  public static void awaitGone(ProcessHandle process, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (process.isAlive()) {
      if (System.nanoTime() > deadline) {
        fail("process " + process.pid() + " still runs " + timeout + " later");
      }
      Jobs.pause(Duration.ofMillis(50));
    }
  }

  /**
   * SIGKILL: no shutdown hook, no clean stop of the resource adapter, nothing finishes. Returns
   * when the process is gone, the moment of the kill.
   */
  public static Instant kill9() throws IOException, InterruptedException {
    long pid = pid();
    Instant killed = Instant.now();
    Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
    assertEquals(0, kill.waitFor());
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      if (System.nanoTime() > deadline) {
        fail("server process " + pid + " survived kill -9");
      }
      Jobs.pause(Duration.ofMillis(100));
    }
    return killed;
  }

  /**
   * Starts the server again with this JVM's environment and waits until it is ready; returns the
   * moment it answered ready.
   */
  public static Instant start() throws IOException, InterruptedException {
    Path log = Files.createTempFile("liberty-restart-", ".log");
    Process start =
        new ProcessBuilder(wlp().resolve("bin/server").toString(), "start", name())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (start.waitFor() != 0) {
      fail("server start failed: " + Files.readString(log));
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (Api.get("/health/ready", null).status() == 200) {
          return Instant.now();
        }
      } catch (RuntimeException notYet) {
        // connection refused while the server starts
      }
      Jobs.pause(Duration.ofMillis(500));
    }
    return fail("server not ready 180 s after a restart");
  }
}
