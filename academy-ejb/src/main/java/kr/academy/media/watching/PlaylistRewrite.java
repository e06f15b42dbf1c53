package kr.academy.media.watching;

import java.util.Optional;
import java.util.function.Function;

/**
 * Points a media playlist's segments at URLs a player can fetch from a private bucket: every URI
 * line (and the {@code URI} of an {@code EXT-X-MAP}) becomes what {@code sign} makes of the
 * segment's name. Only plain names of files beside the playlist are accepted: a playlist naming
 * anything else is refused rather than signed.
 */
public final class PlaylistRewrite {

  private static final String MAP = "#EXT-X-MAP:";

  private PlaylistRewrite() {}

  /** The rewritten playlist, or empty when it names something that is not a plain file name. */
  public static Optional<String> segments(String playlist, Function<String, String> sign) {
    StringBuilder out = new StringBuilder(playlist.length() * 4);
    for (String line : playlist.split("\n", -1)) {
      String text = line.strip();
      if (text.isEmpty() || (text.startsWith("#") && !text.startsWith(MAP))) {
        out.append(text);
      } else if (text.startsWith(MAP)) {
        int start = text.indexOf("URI=\"");
        int end = start < 0 ? -1 : text.indexOf('"', start + 5);
        if (end < 0 || !plainName(text.substring(start + 5, end))) {
          return Optional.empty();
        }
        out.append(text, 0, start + 5)
            .append(sign.apply(text.substring(start + 5, end)))
            .append(text.substring(end));
      } else if (plainName(text)) {
        out.append(sign.apply(text));
      } else {
        return Optional.empty();
      }
      out.append('\n');
    }
    return Optional.of(out.toString().stripTrailing() + "\n");
  }

  /** A file name beside the playlist: no folder, no scheme, nothing to climb out with. */
  static boolean plainName(String name) {
    return name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}") && !name.contains("..");
  }
}
