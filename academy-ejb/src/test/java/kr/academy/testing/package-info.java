/**
 * The in-memory stand-ins for the ports of academy-ejb, shared by the tests of every module (this
 * module's test jar): one fake per port, so a test runs the real workflow and the real rules over
 * them rather than copies of the real classes. A fake keeps what it was given and says what
 * happened to it; it decides nothing the domain decides. Beside the fakes, fixtures the tests
 * share: a {@code LectureScript} paints a lecture with known slide changes, for the in-memory
 * {@code ScriptedLectureFrames} and for real video files ({@code LectureVideoFile}), and {@code
 * PageScore} scores the pages found against it (the page benchmark uses them too).
 */
package kr.academy.testing;
