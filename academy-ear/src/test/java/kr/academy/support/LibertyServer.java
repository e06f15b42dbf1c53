package kr.academy.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The Liberty server the build started, as a process a test may kill and start again. */
public final class LibertyServer {

  private LibertyServer() {}

  private static Path wlp() {
    return Path.of(System.getProperty("academy.wlp.dir"));
  }

  private static String name() {
    return System.getProperty("academy.server.name");
  }

  /**
   * SIGKILL: no shutdown hook, no clean stop of the resource adapter, nothing finishes. Returns
   * when the process is gone, the moment of the kill.
   */
  public static Instant kill9() throws IOException, InterruptedException {
    long pid =
        Long.parseLong(
            Files.readString(wlp().resolve("usr/servers/.pid/" + name() + ".pid")).strip());
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
