package kr.academy.media.watching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaylistRewriteTest {

  private static Optional<String> signed(String playlist) {
    return PlaylistRewrite.segments(playlist, name -> "https://bucket/" + name + "?sig=1");
  }

  @Test
  void everySegmentBecomesItsSignedUrlAndTagsStay() {
    String playlist =
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXTINF:4.0,\nsegment-00000.ts\n"
            + "#EXTINF:2.5,\nsegment-00001.ts\n#EXT-X-ENDLIST\n";
    assertEquals(
        Optional.of(
            "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXTINF:4.0,\n"
                + "https://bucket/segment-00000.ts?sig=1\n#EXTINF:2.5,\n"
                + "https://bucket/segment-00001.ts?sig=1\n#EXT-X-ENDLIST\n"),
        signed(playlist));
  }

  @Test
  void anInitSectionIsSignedToo() {
    assertEquals(
        Optional.of("#EXT-X-MAP:URI=\"https://bucket/init.mp4?sig=1\"\n"),
        signed("#EXT-X-MAP:URI=\"init.mp4\"\n"));
  }

  @Test
  void aPlaylistNamingAnythingButAFileBesideItIsRefused() {
    assertEquals(Optional.empty(), signed("#EXTINF:4,\n../../other/segment.ts\n"));
    assertEquals(Optional.empty(), signed("#EXTINF:4,\nhttps://elsewhere/segment.ts\n"));
    assertEquals(Optional.empty(), signed("#EXTINF:4,\nsub/segment.ts\n"));
    assertEquals(Optional.empty(), signed("#EXT-X-MAP:URI=\"../init.mp4\"\n"));
  }

  @Test
  void windowsLineEndsAreRead() {
    assertEquals(
        Optional.of("#EXTM3U\n#EXTINF:4,\nhttps://bucket/a.ts?sig=1\n"),
        signed("#EXTM3U\r\n#EXTINF:4,\r\na.ts\r\n"));
  }
}
