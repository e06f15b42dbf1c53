package kr.academy.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import kr.academy.support.Academy;
import kr.academy.support.Api;
import kr.academy.support.HeadlessPlayer;
import kr.academy.support.Lectures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A processed lecture plays in a real browser (hls.js in headless Chromium) from a student's
 * playback URL, as the web app will play it: past 10 s at the copied and at the encoded rendition,
 * a click on a page seeks to the page's start, and a stale or forged URL is refused.
 */
class PlaybackBrowserIT {

  private static Academy academy;
  private static String video;
  private static JsonObject detail;
  private static HeadlessPlayer player;

  @BeforeAll
  static void aProcessedLectureAndABrowser() throws Exception {
    academy = Academy.open("browser");
    String owner = academy.ownerToken();
    // 640×480 H.264: the 480p rendition is the source copied, the 360p one is encoded. A slide
    // every 6 s: pages at 0, 6, 12 and 18 s.
    video = Lectures.upload(owner, "브라우저 강의", Lectures.lecture(640, 480, 24, 6, true, 0));
    detail = Lectures.awaitFinal(owner, video);
    assertEquals("READY", detail.getString("status"), detail.toString());
    Api.patch("/api/v1/media/videos/" + video, owner, "{\"published\":true}").assertStatus(200);
    player = HeadlessPlayer.start();
  }

  @AfterAll
  static void closeTheBrowser() {
    if (player != null) {
      player.close();
    }
  }

  private static URI playlist(String token) {
    return URI.create(
        Api.post("/api/v1/media/videos/" + video + "/playback-sessions", token, "{}")
            .assertStatus(201)
            .json()
            .getString("playlistUrl"));
  }

  @Test
  void theLecturePlaysPastTenSecondsAtBothRenditions() throws Exception {
    URI master = playlist(academy.addStudentLogin("안보라").token());
    for (int height : List.of(480, 360)) {
      HeadlessPlayer.Playback playback = player.play(master, height, 10);

      assertEquals(
          List.of(360, 480),
          playback.levels().stream().map(HeadlessPlayer.Level::height).sorted().toList(),
          "the renditions of the master playlist");
      assertTrue(playback.reachedSeconds() >= 10, () -> "reached " + playback.reachedSeconds());
      assertEquals(List.of(height), playback.playedHeights(), "fragments played");
      assertEquals(height, playback.videoHeight(), "height of the decoded picture");
    }
  }

  @Test
  void aClickOnAPageSeeksToItsStart() throws Exception {
    URI master = playlist(academy.addStudentLogin("서가을").token());
    List<JsonObject> pages = detail.getJsonArray("pages").getValuesAs(JsonObject.class);
    assertEquals(4, pages.size(), detail.toString());
    double start = pages.get(2).getJsonNumber("startSeconds").doubleValue();

    HeadlessPlayer.Seek seek = player.seek(master, start);

    assertEquals(start, seek.landedSeconds(), 1.0, "where the seek landed");
    assertEquals(12, seek.landedSeconds(), 1.0, "the third slide begins at 12 s");
    assertTrue(seek.playback().stop() == null, () -> "stopped: " + seek.playback().stop());
  }

  @Test
  void aStaleOrForgedUrlIsRefused() throws Exception {
    String student = academy.addStudentLogin("한겨울").token();
    URI stale = playlist(student);
    URI current = playlist(student);

    HeadlessPlayer.HlsError refused = player.refused(stale);
    assertEquals(404, refused.status(), refused::toString);
    assertEquals("manifestLoadError", refused.details(), refused::toString);

    String text = current.toString();
    int at = text.indexOf("/playback/") + "/playback/".length() + 10;
    String forged =
        text.substring(0, at) + (text.charAt(at) == 'x' ? 'y' : 'x') + text.substring(at + 1);
    HeadlessPlayer.HlsError forgery = player.refused(URI.create(forged));
    assertEquals(404, forgery.status(), forgery::toString);

    assertFalse(player.play(current, 360, 2).playedHeights().isEmpty(), "the current URL plays");
  }
}
