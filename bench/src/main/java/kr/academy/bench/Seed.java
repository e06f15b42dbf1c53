package kr.academy.bench;

/**
 * Opens a fresh academy through the public API, registers {@code STUDENTS} students in it and
 * prints the owner's token: the state the list benchmark runs against.
 *
 * <p>Usage: {@code Seed BASE_URL ADMIN_PASSWORD STUDENTS}.
 */
public final class Seed {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int students = Integer.parseInt(args[2]);
    String owner = openAcademy(base, args[1]);
    for (int i = 0; i < students; i++) {
      BenchHttp.post(
          base + "/api/v1/students",
          owner,
          String.format(
              "{\"name\":\"학생%04d\",\"parentPhone\":\"0107%07d\",\"school\":\"벤치중학교\",\"grade\":\"중%d\"}",
              i, i, 1 + i % 3),
          201);
    }
    System.out.println(owner);
  }

  /** A new BASIC academy; returns its owner's token. */
  static String openAcademy(String base, String adminPassword) throws Exception {
    String admin =
        BenchHttp.login(base, "{\"phone\":\"01000000000\",\"password\":\"" + adminPassword + "\"}");
    String slug = "bench-" + Long.toString(System.nanoTime(), 36);
    String ownerPhone = "0108" + String.format("%07d", System.nanoTime() % 10_000_000);
    BenchHttp.post(
        base + "/api/v1/admin/tenants",
        admin,
        "{\"slug\":\""
            + slug
            + "\",\"name\":\"벤치마크 학원\",\"plan\":\"BASIC\",\"owner\":"
            + "{\"name\":\"원장\",\"phone\":\""
            + ownerPhone
            + "\",\"password\":\"bench-owner-1\"}}",
        201);
    return BenchHttp.login(
        base,
        "{\"tenant\":\""
            + slug
            + "\",\"phone\":\""
            + ownerPhone
            + "\",\"password\":\"bench-owner-1\"}");
  }
}
