package kr.academy.students.imports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.academy.jobs.JobId;

/**
 * The bulk reads and writes of an import, for the bound academy inside the caller's transaction.
 * Each method is one statement however many rows it carries: never a query per row (DESIGN §7).
 */
public interface StudentImportRepository {

  /**
   * The student under each of these keys: the active one, or else the most recently removed one.
   */
  List<ExistingStudent> findByKeys(Collection<StudentKey> keys);

  void create(List<StudentWrite> students, Instant now);

  /** Writes the given state over matched students and brings removed ones back. */
  void update(List<StudentWrite> students, Instant now);

  /**
   * An {@code app_user} per phone (named as given) unless the academy has one, and a STUDENT
   * membership.
   */
  void ensureStudentAccounts(Map<String, String> namesByPhone, Instant now);

  void record(JobId job, ImportCheckpoint checkpoint);

  /** The chunks of this import recorded by earlier attempts, by chunk number. */
  Map<Integer, ImportCheckpoint> checkpoints(JobId job);
}
