package kr.academy.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OtlpSpansTest {

  @Test
  void readsIdsNameKindAndAttributesAndSkipsTheRest() {
    byte[] span =
        concat(
            field(1, HexFormat.of().parseHex("0af7651916cd43dd8448eb211c80319c")),
            field(2, HexFormat.of().parseHex("b7ad6b7169203331")),
            field(4, HexFormat.of().parseHex("00f067aa0ba902b7")),
            field(5, "job STUDENT_EXPORT".getBytes(StandardCharsets.UTF_8)),
            new byte[] {6 << 3, 5},
            // start_time_unix_nano (fixed64), which is skipped
            new byte[] {7 << 3 | 1, 1, 2, 3, 4, 5, 6, 7, 8},
            field(9, concat(field(1, text("academy.job.id")), field(2, field(1, text("j-1"))))),
            field(9, concat(field(1, text("retries")), field(2, new byte[] {3 << 3, 2}))));
    byte[] request = field(1, field(2, field(2, span)));

    assertEquals(
        List.of(
            new OtlpSpans.Span(
                "0af7651916cd43dd8448eb211c80319c",
                "b7ad6b7169203331",
                "00f067aa0ba902b7",
                "job STUDENT_EXPORT",
                "CONSUMER",
                Map.of("academy.job.id", "j-1", "retries", "2"))),
        OtlpSpans.read(request));
  }

  private static byte[] text(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** A length-delimited field (short enough for one length byte). */
  private static byte[] field(int number, byte[] value) {
    return concat(new byte[] {(byte) (number << 3 | 2), (byte) value.length}, value);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
