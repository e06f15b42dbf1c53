package kr.academy.localstack;

import java.util.concurrent.CountDownLatch;

/**
 * The cloud services the academy platform needs locally, in one process: SQS (ElasticMQ), S3
 * (S3Proxy over {@code <data-dir>/s3}), a stand-in for the Solapi messaging API, a trace collector
 * (OTLP/HTTP) and the JWT signing key pair. Everything listens on loopback only.
 *
 * <p>Prints {@value #READY_LINE} on stdout once every server is up and every queue, bucket and key
 * exists; {@code tools/stack.sh} waits for that line. Runs until SIGTERM or SIGINT.
 */
public final class LocalStack implements AutoCloseable {

  static final String HOST = "127.0.0.1";

  /** The platform's AWS region; it appears in queue ARNs and in S3 signatures. */
  static final String REGION = "ap-northeast-2";

  static final String READY_LINE = "LOCAL-STACK READY";

  private final SqsServer sqs;
  private final S3Server s3;
  private final SolapiStandIn solapi;
  private final TraceCollector traces;

  private LocalStack(SqsServer sqs, S3Server s3, SolapiStandIn solapi, TraceCollector traces) {
    this.sqs = sqs;
    this.s3 = s3;
    this.solapi = solapi;
    this.traces = traces;
  }

  static LocalStack start(Options options) throws Exception {
    JwtKeys.ensure(options.keysDir());
    SqsServer sqs = SqsServer.start(options.sqsPort());
    try {
      S3Server s3 =
          S3Server.start(
              options.dataDir().resolve("s3"),
              options.s3Port(),
              options.s3AccessKey(),
              options.s3SecretKey());
      try {
        SolapiStandIn solapi =
            SolapiStandIn.start(
                options.solapiPort(), options.solapiApiKey(), options.solapiApiSecret());
        try {
          return new LocalStack(sqs, s3, solapi, TraceCollector.start(options.otlpPort()));
        } catch (Exception e) {
          solapi.close();
          throw e;
        }
      } catch (Exception e) {
        s3.close();
        throw e;
      }
    } catch (Exception e) {
      sqs.close();
      throw e;
    }
  }

  SqsServer sqs() {
    return sqs;
  }

  S3Server s3() {
    return s3;
  }

  TraceCollector traces() {
    return traces;
  }

  @Override
  public void close() {
    try {
      traces.close();
      solapi.close();
      s3.close();
    } finally {
      sqs.close();
    }
  }

  public static void main(String[] args) {
    LocalStack stack;
    try {
      stack = start(Options.parse(args));
    } catch (Exception e) {
      System.err.println("local stack failed to start:");
      e.printStackTrace();
      // Pekko's and Jetty's non-daemon threads would otherwise keep a half-started JVM alive.
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    stack.close();
                  } finally {
                    stopped.countDown();
                  }
                },
                "local-stack-shutdown"));
    System.out.println(READY_LINE);
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
