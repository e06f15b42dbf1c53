package kr.academy.localstack;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the spans of an OTLP {@code ExportTraceServiceRequest} (protobuf, as OpenTelemetry's {@code
 * http/protobuf} exporter sends it): ids, name, kind and attributes, with attribute values as text.
 * Only the fields a test looks at are read; the rest is skipped by wire type, so a newer exporter's
 * fields do no harm. Field numbers: opentelemetry-proto, {@code trace/v1/trace.proto}.
 */
final class OtlpSpans {

  /** A span as the collector keeps it. */
  record Span(
      String traceId,
      String spanId,
      String parentSpanId,
      String name,
      String kind,
      Map<String, String> attributes) {}

  private static final String[] KINDS = {
    "UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER"
  };

  private OtlpSpans() {}

  /**
   * ExportTraceServiceRequest: resource_spans = 1; ResourceSpans: scope_spans = 2; ScopeSpans:
   * spans = 2.
   */
  static List<Span> read(byte[] request) {
    List<Span> spans = new ArrayList<>();
    for (Reader resource : new Reader(request).messages(1)) {
      for (Reader scope : resource.messages(2)) {
        for (Reader span : scope.messages(2)) {
          spans.add(span(span));
        }
      }
    }
    return spans;
  }

  private static Span span(Reader span) {
    String traceId = "";
    String spanId = "";
    String parentSpanId = "";
    String name = "";
    String kind = KINDS[0];
    Map<String, String> attributes = new LinkedHashMap<>();
    while (span.more()) {
      int tag = span.tag();
      switch (tag >>> 3) {
        case 1 -> traceId = HexFormat.of().formatHex(span.bytes());
        case 2 -> spanId = HexFormat.of().formatHex(span.bytes());
        case 4 -> parentSpanId = HexFormat.of().formatHex(span.bytes());
        case 5 -> name = new String(span.bytes(), StandardCharsets.UTF_8);
        case 6 -> kind = KINDS[(int) Math.min(span.varint(), KINDS.length - 1)];
        case 9 -> attribute(new Reader(span.bytes()), attributes);
        default -> span.skip(tag);
      }
    }
    return new Span(traceId, spanId, parentSpanId, name, kind, attributes);
  }

  /** KeyValue: key = 1, value = 2 (AnyValue). */
  private static void attribute(Reader keyValue, Map<String, String> attributes) {
    String key = "";
    String value = "";
    while (keyValue.more()) {
      int tag = keyValue.tag();
      switch (tag >>> 3) {
        case 1 -> key = new String(keyValue.bytes(), StandardCharsets.UTF_8);
        case 2 -> value = anyValue(new Reader(keyValue.bytes()));
        default -> keyValue.skip(tag);
      }
    }
    attributes.put(key, value);
  }

  /** AnyValue: string 1, bool 2, int 3, double 4; arrays, lists and bytes are left out. */
  private static String anyValue(Reader value) {
    String text = "";
    while (value.more()) {
      int tag = value.tag();
      switch (tag >>> 3) {
        case 1 -> text = new String(value.bytes(), StandardCharsets.UTF_8);
        case 2 -> text = Boolean.toString(value.varint() != 0);
        case 3 -> text = Long.toString(value.varint());
        case 4 -> text = Double.toString(Double.longBitsToDouble(value.fixed64()));
        default -> value.skip(tag);
      }
    }
    return text;
  }

  /** The protobuf wire format over one message's bytes. */
  private static final class Reader {
    private final ByteBuffer in;

    Reader(byte[] bytes) {
      in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    boolean more() {
      return in.hasRemaining();
    }

    int tag() {
      return (int) varint();
    }

    long varint() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = in.get();
        value |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("malformed varint");
    }

    long fixed64() {
      return in.getLong();
    }

    byte[] bytes() {
      byte[] bytes = new byte[(int) varint()];
      in.get(bytes);
      return bytes;
    }

    /** The embedded messages of field {@code field}; other fields are skipped. */
    List<Reader> messages(int field) {
      List<Reader> messages = new ArrayList<>();
      while (more()) {
        int tag = tag();
        if (tag >>> 3 == field && (tag & 7) == 2) {
          messages.add(new Reader(bytes()));
        } else {
          skip(tag);
        }
      }
      return messages;
    }

    void skip(int tag) {
      switch (tag & 7) {
        case 0 -> varint();
        case 1 -> in.position(in.position() + 8);
        case 2 -> bytes();
        case 5 -> in.position(in.position() + 4);
        default -> throw new IllegalArgumentException("unsupported wire type " + (tag & 7));
      }
    }
  }
}
