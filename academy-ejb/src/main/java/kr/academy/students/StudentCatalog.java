package kr.academy.students;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.tenancy.TenantBound;

/**
 * The roster of the bound academy. Every method runs in its own transaction with both tenant walls
 * raised; a student of another academy is simply not found.
 */
@Stateless
@LocalBean
@Local(RosterPages.class)
@TenantBound
public class StudentCatalog implements RosterPages {

  @Inject StudentRepository students;
  @Inject StudentQueries queries;
  @Inject Clock clock;

  public Student register(StudentDetails details) {
    Student student = Student.register(details, clock.instant());
    rejectDuplicateOf(student);
    students.add(student);
    return student;
  }

  public Optional<Student> find(long id) {
    return students.find(id);
  }

  public Page<StudentSummary> search(StudentSearch search, PageRequest page) {
    return queries.search(search, page);
  }

  @Override
  public long count(StudentSearch search) {
    return queries.search(search, PageRequest.of(0, 1)).total();
  }

  @Override
  public List<StudentExportRow> exportPage(StudentSearch search, long afterId, int limit) {
    return queries.exportPage(search, afterId, limit);
  }

  public Optional<Student> change(long id, Map<String, String> changes) {
    Optional<Student> found = students.find(id);
    found.ifPresent(
        student -> {
          student.change(changes, clock.instant());
          if (!student.isDeleted()) {
            rejectDuplicateOf(student);
          }
          students.flush();
        });
    return found;
  }

  /** Removes a student softly; removing a removed student changes nothing. */
  public boolean delete(long id) {
    Optional<Student> found = students.find(id);
    found.ifPresent(student -> student.delete(clock.instant()));
    return found.isPresent();
  }

  /** Brings a removed student back, unless an active student now holds the same key. */
  public Optional<Student> restore(long id) {
    Optional<Student> found = students.find(id);
    found.ifPresent(
        student -> {
          if (student.isDeleted()) {
            rejectDuplicateOf(student);
            student.restore(clock.instant());
            students.flush();
          }
        });
    return found;
  }

  private void rejectDuplicateOf(Student student) {
    students
        .findActive(student.name(), student.parentPhone())
        .filter(other -> other.id() != student.id())
        .ifPresent(
            other -> {
              throw Student.duplicateOf(other.id());
            });
  }
}
