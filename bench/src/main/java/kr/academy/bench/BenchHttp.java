package kr.academy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few HTTP calls the benchmark drivers make, each checked for its expected status. */
final class BenchHttp {

  static final Pattern JOB_ID = Pattern.compile("\"jobId\":\"([^\"]+)\"");
  static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
  private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private BenchHttp() {}

  static String post(String url, String token, String json, int expected) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    return send(authorized(request, token), expected);
  }

  static String get(String url, String token, int expected) throws Exception {
    return send(authorized(HttpRequest.newBuilder(URI.create(url)), token), expected);
  }

  static String send(HttpRequest.Builder request, int expected) throws Exception {
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  static String login(String base, String body) throws Exception {
    return find(TOKEN, post(base + "/api/v1/auth/login", null, body, 200));
  }

  static String find(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException(pattern + " not in " + body);
    }
    return m.group(1);
  }

  /** Polls a job's progress every 10 ms until it ends; returns its final status. */
  static String awaitEnd(String base, String token, String jobId) throws Exception {
    String status;
    do {
      Thread.sleep(10);
      status = find(STATUS, get(base + "/api/v1/jobs/" + jobId + "/progress", token, 200));
    } while (!status.equals("DONE") && !status.equals("FAILED") && !status.equals("CANCELLED"));
    return status;
  }
}
