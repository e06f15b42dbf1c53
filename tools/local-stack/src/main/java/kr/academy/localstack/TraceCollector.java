package kr.academy.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.node.ArrayNode;

/**
 * A stand-in for the OpenTelemetry collector the platform sends its spans to in production: takes
 * OTLP/HTTP protobuf at {@code POST /v1/traces} and keeps the newest {@value #KEPT} spans in
 * memory, so a local run never logs failed exports and tests can read a trace back: {@code GET
 * /stand-in/spans?traceId=...}, or {@code ?attribute=KEY&value=VALUE} (JSON array, oldest first).
 */
final class TraceCollector implements AutoCloseable {

  static final int KEPT = 50_000;

  private final HttpServer server;
  private final Deque<OtlpSpans.Span> spans = new ArrayDeque<>();

  private TraceCollector(HttpServer server) {
    this.server = server;
  }

  static TraceCollector start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(LocalStack.HOST, port), 64);
    TraceCollector collector = new TraceCollector(server);
    server.createContext("/v1/traces", collector::receive);
    server.createContext("/stand-in/spans", collector::list);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
    return collector;
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        StandInHttp.error(exchange, 405, "MethodNotAllowed", "POST OTLP protobuf here");
        return;
      }
      byte[] body;
      try (InputStream in =
          "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
              ? new GZIPInputStream(exchange.getRequestBody())
              : exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      List<OtlpSpans.Span> received;
      try {
        received = OtlpSpans.read(body);
      } catch (RuntimeException e) {
        StandInHttp.error(exchange, 400, "BadRequest", "not an OTLP trace export: " + e);
        return;
      }
      synchronized (spans) {
        spans.addAll(received);
        while (spans.size() > KEPT) {
          spans.removeFirst();
        }
      }
      // An empty ExportTraceServiceResponse: everything accepted.
      exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, -1);
    }
  }

  private void list(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> query = StandInHttp.query(exchange);
      String traceId = query.get("traceId");
      String key = query.get("attribute");
      String value = query.get("value");
      List<OtlpSpans.Span> matching;
      synchronized (spans) {
        matching =
            spans.stream()
                .filter(span -> traceId == null || span.traceId().equals(traceId))
                .filter(
                    span -> key == null || String.valueOf(value).equals(span.attributes().get(key)))
                .toList();
      }
      ArrayNode body = SolapiStandIn.JSON.createArrayNode();
      matching.forEach(span -> body.add(SolapiStandIn.JSON.valueToTree(span)));
      StandInHttp.reply(exchange, 200, body);
    }
  }
}
