package kr.academy.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The text of a homework page as a student of a Korean academy hands it in: Korean sentences
 * (reading, maths, science, social studies) mixed with English ones (the English class), numbers
 * and ordinary punctuation. Drawn from fixed sentences by a seed, so that a test and the benchmark
 * get the same page every time.
 */
public final class HomeworkText {

  static final List<String> KOREAN =
      List.of(
          "다음 글을 읽고 물음에 답하시오.",
          "주인공이 마지막에 고향으로 돌아온 까닭을 본문에서 찾아 쓰시오.",
          "나는 이 소설에서 할머니가 손자를 기다리는 장면이 가장 인상 깊었다.",
          "글쓴이는 자연을 지키기 위해 우리가 할 수 있는 일을 세 가지로 정리하였다.",
          "첫째, 일회용 컵 대신 개인 컵을 사용한다.",
          "둘째, 가까운 거리는 걷거나 자전거를 탄다.",
          "셋째, 사용하지 않는 전기 제품의 플러그를 뽑는다.",
          "민수는 사과 24개를 친구 6명에게 똑같이 나누어 주었습니다.",
          "한 명이 받은 사과는 모두 몇 개인지 식을 세워 구하시오.",
          "정답은 24 나누기 6은 4이므로 한 명이 4개씩 받습니다.",
          "직사각형의 가로는 12cm이고 세로는 8cm일 때 넓이를 구하시오.",
          "넓이는 가로와 세로를 곱한 값이므로 96제곱센티미터입니다.",
          "물은 온도가 0도 아래로 내려가면 얼음이 되고 100도가 되면 끓는다.",
          "식물은 햇빛을 받아 광합성을 하여 스스로 양분을 만든다.",
          "실험 결과를 표로 정리하고 알게 된 점을 두 문장으로 쓰시오.",
          "조선 시대 세종대왕은 백성을 위하여 훈민정음을 만들었다.",
          "우리 지역의 문화유산을 조사하여 발표할 내용을 정리해 봅시다.",
          "오늘 배운 내용을 복습하고 틀린 문제는 다시 풀어 오세요.",
          "선생님께서 내일까지 독서 감상문을 제출하라고 말씀하셨다.",
          "나는 방학 동안 매일 책을 삼십 분씩 읽기로 계획을 세웠다.",
          "이 시에서 말하는 이가 느끼는 감정은 그리움과 설렘이다.",
          "비유하는 표현을 찾아 밑줄을 긋고 그 뜻을 설명하시오.",
          "분수의 덧셈을 할 때에는 먼저 분모를 같게 만들어야 한다.",
          "삼각형의 세 각의 크기를 더하면 항상 180도가 된다.",
          "지구는 하루에 한 바퀴씩 스스로 돌며 이것을 자전이라고 한다.",
          "우리 모둠은 쓰레기 줄이기 캠페인을 열기로 하였다.",
          "친구와 의견이 다를 때에는 먼저 상대의 말을 끝까지 듣는다.",
          "문단의 중심 문장을 찾아 글 전체의 내용을 요약해 보시오.",
          "어머니께서는 시장에서 배추 세 포기와 무 두 개를 사 오셨다.",
          "기차는 한 시간에 120km를 달리므로 3시간 동안 360km를 간다.",
          "과학 시간에 자석의 같은 극끼리는 서로 밀어낸다는 것을 배웠다.",
          "봄이 되면 학교 앞 길가에 벚꽃이 활짝 피어 무척 아름답다.",
          "다음 낱말의 뜻을 국어사전에서 찾아 빈칸에 알맞게 쓰시오.",
          "이번 시험에서는 지난번보다 점수가 15점 올라서 기뻤다.",
          "우리나라의 수도는 서울이며 가장 큰 항구 도시는 부산이다.",
          "숙제를 다 한 뒤에는 부모님께 확인을 받아 오도록 합니다.");

  static final List<String> ENGLISH =
      List.of(
          "Read the passage and answer the questions below.",
          "My favorite season is autumn because the weather is cool.",
          "Yesterday I went to the library with my best friend.",
          "She has been studying English for three years.",
          "If it rains tomorrow, we will stay at home and watch a movie.",
          "The Earth goes around the Sun once a year.",
          "Write a short letter to your teacher about your summer vacation.",
          "How many apples are there in the basket?",
          "There are twelve months in a year and seven days in a week.",
          "Tom is taller than his brother, but he is not as tall as his father.",
          "Please turn off the lights when you leave the classroom.",
          "We should protect the environment for the next generation.",
          "The museum opens at 9:30 and closes at 6 p.m.",
          "Do you know why the sky looks blue on a clear day?",
          "I think reading books every day makes us wiser.",
          "Fill in the blanks with the correct form of the verb.",
          "He said that he would finish his homework by Friday.",
          "Water boils at 100 degrees Celsius at sea level.",
          "Answer: The main idea of the story is friendship.",
          "Choose the sentence that is grammatically correct.");

  private HomeworkText() {}

  /**
   * {@code sentences} sentences drawn with {@code seed}, about {@code englishShare} of them
   * English, grouped into paragraphs of two to four. A sentence comes again only once every other
   * of its language has been drawn, as on a page of homework.
   */
  public static List<String> paragraphs(long seed, int sentences, double englishShare) {
    Random random = new Random(seed);
    Deck korean = new Deck(KOREAN, random);
    Deck english = new Deck(ENGLISH, random);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    int inParagraph = 0;
    int length = 2 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      Deck deck = random.nextDouble() < englishShare ? english : korean;
      if (inParagraph > 0) {
        paragraph.append(' ');
      }
      paragraph.append(deck.draw());
      if (++inParagraph == length) {
        paragraphs.add(paragraph.toString());
        paragraph.setLength(0);
        inParagraph = 0;
        length = 2 + random.nextInt(3);
      }
    }
    if (inParagraph > 0) {
      paragraphs.add(paragraph.toString());
    }
    return paragraphs;
  }

  /** Sentences in a shuffled order, shuffled again when all have been drawn. */
  private static final class Deck {

    private final List<String> sentences;
    private final Random random;
    private final List<String> left = new ArrayList<>();

    Deck(List<String> sentences, Random random) {
      this.sentences = sentences;
      this.random = random;
    }

    String draw() {
      if (left.isEmpty()) {
        left.addAll(sentences);
        Collections.shuffle(left, random);
      }
      return left.remove(left.size() - 1);
    }
  }
}
