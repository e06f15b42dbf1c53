package kr.academy.omr.exams;

import java.util.List;

/** Makes empty result workbooks. */
public interface ExamResultWorkbooks {

  /** A workbook with one sheet of this name, starting with this header row. */
  ExamResultWorkbook create(String sheetName, List<String> header);
}
