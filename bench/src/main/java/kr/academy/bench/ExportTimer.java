package kr.academy.bench;

import java.util.Arrays;

/**
 * Times STUDENT_EXPORT from the request to DONE, as a client sees it: POST, then poll the progress
 * every 10 ms. Prints each run and the median, and the id of the last job on the last line (the
 * progress benchmark polls it).
 *
 * <p>Usage: {@code ExportTimer BASE_URL TOKEN RUNS}.
 */
public final class ExportTimer {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int runs = Integer.parseInt(args[2]);
    long[] millis = new long[runs];
    String jobId = null;
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      jobId =
          BenchHttp.find(
              BenchHttp.JOB_ID,
              BenchHttp.post(base + "/api/v1/students/exports", token, "{}", 202));
      String status = BenchHttp.awaitEnd(base, token, jobId);
      millis[run] = (System.nanoTime() - start) / 1_000_000;
      if (!status.equals("DONE")) {
        throw new IllegalStateException("job " + jobId + " " + status);
      }
      System.err.printf("export %d: %d ms request to DONE%n", run + 1, millis[run]);
    }
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.err.printf(
        "median %d ms, best %d ms, worst %d ms%n", sorted[runs / 2], sorted[0], sorted[runs - 1]);
    System.out.println(jobId);
  }
}
