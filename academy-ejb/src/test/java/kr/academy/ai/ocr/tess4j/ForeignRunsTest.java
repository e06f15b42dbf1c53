package kr.academy.ai.ocr.tess4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines as the Korean model read them on the OCR benchmark's pages (word, confidence). */
class ForeignRunsTest {

  /** A line of words given as "text:confidence", each 10 pixels wide, read by the Korean model. */
  private static Recognised.Line line(String... words) {
    return lineReadBy("kor", words);
  }

  private static Recognised.Line lineReadBy(String language, String... words) {
    List<Recognised.Word> read = new ArrayList<>();
    for (String word : words) {
      int colon = word.lastIndexOf(':');
      int x = read.size() * 10;
      read.add(
          new Recognised.Word(
              word.substring(0, colon),
              x,
              0,
              x + 8,
              30,
              Float.parseFloat(word.substring(colon + 1)),
              language,
              true));
    }
    return new Recognised.Line(
        String.join(" ", words), read, 0, 0, read.size() * 10, 30, 80, false);
  }

  private static List<ForeignRuns.Run> runs(Recognised.Line line) {
    return ForeignRuns.in(line, UnicodeScript.HANGUL, "kor");
  }

  @Test
  void anEnglishSentenceReadAsDigitsAndSyllablesIsOneRunUpToTheKoreanAfterIt() {
    Recognised.Line line =
        line(
            "\\/6:53",
            "9110410:0",
            "01016:26",
            "ㅁ:67",
            "6×[:0",
            "90001311017.:0",
            "물:90",
            "은:93",
            "온:92");

    assertEquals(List.of(new ForeignRuns.Run(0, 6)), runs(line));
  }

  @Test
  void doubtfulSyllablesAndPunctuationAmongTheForeignWordsBelongToTheRun() {
    Recognised.Line line = line("|:75", "다:6", "110:31", "[680109:8", "아머:54", "이:63", "16:35");

    assertEquals(List.of(new ForeignRuns.Run(0, 7)), runs(line));
  }

  @Test
  void aNumberAmongKoreanWordsIsReadAgainHoweverSure() {
    Recognised.Line line = line("3:93", "시:92", "간:92", "동안:92", "360107:90", "를:96", "간다.:96");

    assertEquals(List.of(new ForeignRuns.Run(0, 1), new ForeignRuns.Run(4, 5)), runs(line));
  }

  @Test
  void aDoubtfulNumberOrLatinLettersAmongKoreanWordsAreReadAgain() {
    Recognised.Line line = line("기:92", "1201<0~:6", "를:93", "km:95", "간다.:96");

    assertEquals(List.of(new ForeignRuns.Run(1, 2), new ForeignRuns.Run(3, 4)), runs(line));
  }

  @Test
  void aDoubtfulKoreanWordAloneIsNoRun() {
    Recognised.Line line = line("되면:93", "끌:49", "는:71", "다.:93");

    assertEquals(List.of(), runs(line));
  }

  @Test
  void runsOnBothSidesOfKoreanText() {
    Recognised.Line line =
        line("[16:61", "211:42", "이다.:85", "진:86", "160「.:10", "꽃:0", "이:97", "8004:36");

    assertEquals(
        List.of(new ForeignRuns.Run(0, 2), new ForeignRuns.Run(4, 6), new ForeignRuns.Run(7, 8)),
        runs(line));
  }

  @Test
  void theMainScriptIsThatOfTheSureWordsLetters() {
    List<Recognised.Line> page =
        List.of(line("물은:90", "온도가:93", "1116:95", "ABCDEF:40"), line("Hi:99", "세:92"));

    assertEquals(UnicodeScript.HANGUL, ForeignRuns.mainScript(page, "kor"));
    assertEquals(
        UnicodeScript.COMMON, ForeignRuns.mainScript(List.of(line("12:99", "ab:40")), "kor"));
  }

  @Test
  void wordsTheOtherModelReadDoNotCountForTheMainScript() {
    List<Recognised.Line> page =
        List.of(
            line("물은:90", "온도:93"),
            lineReadBy("eng", "Water:96", "boils:95", "at:97", "hundred:94", "degrees:96"));

    assertEquals(UnicodeScript.HANGUL, ForeignRuns.mainScript(page, "kor"));
  }

  @Test
  void wordsTheOtherModelReadAreSettled() {
    List<Recognised.Word> words = new ArrayList<>(line("물은:90", "10:95").words());
    words.addAll(lineReadBy("eng", "Water:96", "boils:95").words());
    Recognised.Line line = line().withWords(words);

    assertEquals(List.of(new ForeignRuns.Run(1, 2)), runs(line));
  }

  @Test
  void wordsAreInAScriptIfAnyOfThemHasALetterOfIt() {
    assertEquals(true, ForeignRuns.inScript(line("USS:40", "을:50").words(), UnicodeScript.HANGUL));
    assertEquals(
        false, ForeignRuns.inScript(line("USS:40", "12:50").words(), UnicodeScript.HANGUL));
  }

  @Test
  void withNoMainScriptEveryWordWithLettersOrDigitsIsForeign() {
    Recognised.Line line = line("12:99", "ab:40", ".:90");

    assertEquals(
        List.of(new ForeignRuns.Run(0, 3)), ForeignRuns.in(line, UnicodeScript.COMMON, "kor"));
  }
}
