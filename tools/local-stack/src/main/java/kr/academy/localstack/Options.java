package kr.academy.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of {@link LocalStack}; every option is required. */
record Options(
    Path dataDir,
    int sqsPort,
    int s3Port,
    String s3AccessKey,
    String s3SecretKey,
    Path keysDir,
    int solapiPort,
    String solapiApiKey,
    String solapiApiSecret,
    int otlpPort) {

  static final String USAGE =
      "usage: LocalStack --data-dir DIR --sqs-port N --s3-port N"
          + " --s3-access-key KEY --s3-secret-key SECRET --keys-dir DIR"
          + " --solapi-port N --solapi-api-key KEY --solapi-api-secret SECRET --otlp-port N";

  private static final List<String> NAMES =
      List.of(
          "--data-dir",
          "--sqs-port",
          "--s3-port",
          "--s3-access-key",
          "--s3-secret-key",
          "--keys-dir",
          "--solapi-port",
          "--solapi-api-key",
          "--solapi-api-secret",
          "--otlp-port");

  static Options parse(String... args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!NAMES.contains(args[i]) || i + 1 >= args.length) {
        throw new IllegalArgumentException("unexpected argument '" + args[i] + "'\n" + USAGE);
      }
      values.put(args[i], args[i + 1]);
    }
    for (String name : NAMES) {
      if (values.getOrDefault(name, "").isBlank()) {
        throw new IllegalArgumentException("missing " + name + "\n" + USAGE);
      }
    }
    return new Options(
        Path.of(values.get("--data-dir")).toAbsolutePath(),
        port(values.get("--sqs-port")),
        port(values.get("--s3-port")),
        values.get("--s3-access-key"),
        values.get("--s3-secret-key"),
        Path.of(values.get("--keys-dir")).toAbsolutePath(),
        port(values.get("--solapi-port")),
        values.get("--solapi-api-key"),
        values.get("--solapi-api-secret"),
        port(values.get("--otlp-port")));
  }

  private static int port(String value) {
    int port;
    try {
      port = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a port: " + value + "\n" + USAGE, e);
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("not a port: " + value + "\n" + USAGE);
    }
    return port;
  }
}
