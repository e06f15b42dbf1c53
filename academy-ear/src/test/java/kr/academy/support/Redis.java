package kr.academy.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The test stack's Redis, spoken to as an operator would: to make it unavailable for a while. */
public final class Redis {

  private Redis() {}

  /** Runs a command that answers {@code OK} (e.g. {@code CLIENT PAUSE 30000 ALL}). */
  public static void command(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    line.addAll(
        List.of(
            "redis-cli",
            "-h",
            System.getenv().getOrDefault("ACADEMY_REDIS_HOST", "127.0.0.1"),
            "-p",
            System.getenv().getOrDefault("ACADEMY_REDIS_PORT", "16379")));
    line.addAll(List.of(command));
    Process redis = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(redis.getInputStream().readAllBytes()).strip();
    assertEquals(0, redis.waitFor(), output);
    assertEquals("OK", output, String.join(" ", command));
  }
}
