package kr.academy.web.ai;

import jakarta.ws.rs.core.EntityPart;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart part's name and file name, read from its {@code Content-Disposition} header. Browsers
 * send a file's name as raw UTF-8 ({@code filename="1반.pdf"}), and with such a name Liberty's
 * {@link EntityPart#getName()} answered the file name instead of the part's name, so a Korean file
 * name made its part unknown. The header's text is taken as the container gives it; if that is
 * UTF-8 bytes read as ISO-8859-1, it is read again as UTF-8.
 */
record PartDisposition(String name, Optional<String> fileName) {

  private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern FILE_NAME =
      Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*\"([^\"]*)\"");

  static PartDisposition of(EntityPart part) {
    String header = part.getHeaders().getFirst("Content-Disposition");
    if (header == null) {
      return new PartDisposition(part.getName(), part.getFileName());
    }
    return parse(header).orElseGet(() -> new PartDisposition(part.getName(), part.getFileName()));
  }

  static Optional<PartDisposition> parse(String header) {
    String text = utf8(header);
    Matcher name = NAME.matcher(text);
    if (!name.find()) {
      return Optional.empty();
    }
    Matcher fileName = FILE_NAME.matcher(text);
    return Optional.of(
        new PartDisposition(
            name.group(1), fileName.find() ? Optional.of(fileName.group(1)) : Optional.empty()));
  }

  /** The header again as UTF-8 when it is UTF-8 bytes read as ISO-8859-1; else as it is. */
  private static String utf8(String header) {
    if (header.chars().allMatch(c -> c < 0x80) || header.chars().anyMatch(c -> c > 0xff)) {
      return header;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(header.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException e) {
      return header;
    }
  }
}
