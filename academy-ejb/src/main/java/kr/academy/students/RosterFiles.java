package kr.academy.students;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** What the spreadsheets a roster workflow stores for users have in common. */
public final class RosterFiles {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Seoul"));

  private RosterFiles() {}

  /** The name a user's download saves under: {@code 학생명단-20261123.xlsx}, the day in Korea. */
  public static String xlsxName(String title, Instant at) {
    return title + "-" + DAY.format(at) + ".xlsx";
  }
}
