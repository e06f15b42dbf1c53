package kr.academy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a fresh academy through the public API, registers {@code STUDENTS} students in it and
 * prints the owner's token: the state the list benchmark runs against.
 *
 * <p>Usage: {@code Seed BASE_URL ADMIN_PASSWORD STUDENTS}.
 */
public final class Seed {

  private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String adminPassword = args[1];
    int students = Integer.parseInt(args[2]);

    String admin = login(base, "{\"phone\":\"01000000000\",\"password\":\"" + adminPassword + "\"}");
    String slug = "bench-" + Long.toString(System.currentTimeMillis(), 36);
    String ownerPhone = "0108" + String.format("%07d", System.currentTimeMillis() % 10_000_000);
    call(
        base + "/api/v1/admin/tenants",
        admin,
        "{\"slug\":\"" + slug + "\",\"name\":\"벤치마크 학원\",\"plan\":\"BASIC\",\"owner\":"
            + "{\"name\":\"원장\",\"phone\":\"" + ownerPhone + "\",\"password\":\"bench-owner-1\"}}",
        201);
    String owner =
        login(
            base,
            "{\"tenant\":\"" + slug + "\",\"phone\":\"" + ownerPhone + "\",\"password\":\"bench-owner-1\"}");
    for (int i = 0; i < students; i++) {
      call(
          base + "/api/v1/students",
          owner,
          String.format(
              "{\"name\":\"학생%04d\",\"parentPhone\":\"0107%07d\",\"school\":\"벤치중학교\",\"grade\":\"중%d\"}",
              i, i, 1 + i % 3),
          201);
    }
    System.out.println(owner);
  }

  private static String login(String base, String body) throws Exception {
    String response = call(base + "/api/v1/auth/login", null, body, 200);
    Matcher m = TOKEN.matcher(response);
    if (!m.find()) {
      throw new IllegalStateException("no token in " + response);
    }
    return m.group(1);
  }

  private static String call(String url, String token, String body, int expected) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
