package kr.academy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterPlaylistTest {

  @Test
  void eachRenditionIsAVariantWithItsMeasuredBandwidth(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("720p"));
    Files.write(folder.resolve("a.ts"), new byte[4000]);
    Files.write(folder.resolve("b.ts"), new byte[1000]);
    Files.writeString(
        folder.resolve("index.m3u8"),
        "#EXTM3U\n#EXTINF:4.000,\na.ts\n#EXTINF:2.000,\nb.ts\n#EXT-X-ENDLIST\n");
    Rendition top = new Rendition("720p", 1280, 720, true, true, 2500, true, true, 128);

    String master =
        MasterPlaylist.of(List.of(new MediaTools.HlsOutput(top, folder.resolve("index.m3u8"))));

    // Peak: 4000 bytes in 4 s = 8000 bit/s; average: 5000 bytes in 6 s = 6667 bit/s.
    assertEquals(
        "#EXTM3U\n#EXT-X-VERSION:3\n"
            + "#EXT-X-STREAM-INF:BANDWIDTH=8000,AVERAGE-BANDWIDTH=6667,RESOLUTION=1280x720\n"
            + "720p/index.m3u8\n",
        master);
  }
}
