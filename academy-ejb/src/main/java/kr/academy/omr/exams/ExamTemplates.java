package kr.academy.omr.exams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.academy.omr.OmrTemplate;
import kr.academy.omr.OmrTemplateRepository;

/** An exam's template, which exists as long as the exam does (the table's foreign key). */
@ApplicationScoped
public class ExamTemplates {

  @Inject OmrTemplateRepository templates;

  public OmrTemplate of(Exam exam) {
    return templates
        .find(exam.templateId())
        .orElseThrow(
            () -> new IllegalStateException("exam " + exam.examId() + " has lost its template"));
  }

  public ExamKey key(Exam exam) {
    return exam.key(of(exam).layout());
  }
}
