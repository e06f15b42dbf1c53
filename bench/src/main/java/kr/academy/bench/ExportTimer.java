package kr.academy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times STUDENT_EXPORT from the request to DONE, as a client sees it: POST, then poll the progress
 * every 10 ms. Prints each run and the median, and the id of the last job on the last line (the
 * progress benchmark polls it).
 *
 * <p>Usage: {@code ExportTimer BASE_URL TOKEN RUNS}.
 */
public final class ExportTimer {

  private static final Pattern JOB_ID = Pattern.compile("\"jobId\":\"([^\"]+)\"");
  private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int runs = Integer.parseInt(args[2]);
    long[] millis = new long[runs];
    String jobId = null;
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      jobId = find(JOB_ID, send(post(base + "/api/v1/students/exports", token, "{}"), 202));
      String status;
      do {
        Thread.sleep(10);
        status = find(STATUS, send(get(base + "/api/v1/jobs/" + jobId + "/progress", token), 200));
      } while (!status.equals("DONE") && !status.equals("FAILED"));
      millis[run] = (System.nanoTime() - start) / 1_000_000;
      if (!status.equals("DONE")) {
        throw new IllegalStateException("job " + jobId + " " + status);
      }
      System.err.printf("export %d: %d ms request to DONE%n", run + 1, millis[run]);
    }
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.err.printf("median %d ms, best %d ms, worst %d ms%n", sorted[runs / 2], sorted[0], sorted[runs - 1]);
    System.out.println(jobId);
  }

  private static HttpRequest post(String url, String token, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static HttpRequest get(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
  }

  private static String send(HttpRequest request, int expected) throws Exception {
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static String find(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException(pattern + " not in " + body);
    }
    return m.group(1);
  }
}
