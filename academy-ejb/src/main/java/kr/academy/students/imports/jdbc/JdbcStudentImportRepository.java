package kr.academy.students.imports.jdbc;

import static kr.academy.common.jdbc.Statements.column;
import static kr.academy.common.jdbc.Statements.instant;
import static kr.academy.common.jdbc.Statements.timestamp;
import static kr.academy.common.jdbc.Statements.varchars;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kr.academy.common.jdbc.SqlStates;
import kr.academy.jobs.JobId;
import kr.academy.students.imports.ExistingStudent;
import kr.academy.students.imports.ImportCheckpoint;
import kr.academy.students.imports.ImportCounts;
import kr.academy.students.imports.ImportWriteFailed;
import kr.academy.students.imports.StudentImportRepository;
import kr.academy.students.imports.StudentKey;
import kr.academy.students.imports.StudentWrite;
import kr.academy.tenancy.jdbc.TenantJdbcRepository;

/**
 * Plain JDBC, because an import moves rows by the hundred: each method sends its rows as arrays in
 * one statement ({@code unnest}). The connection is the entity manager's own for the current
 * transaction ({@code unwrap}), so the writes commit or roll back with it and the tenant bound by
 * {@code TenantBound} holds here too; every statement also names the tenant itself.
 */
@ApplicationScoped
public class JdbcStudentImportRepository extends TenantJdbcRepository
    implements StudentImportRepository {

  /** Ids come in EclipseLink's blocks: {@code nextval} is the top of a block of this many. */
  private static final int ID_BLOCK = 50;

  private static final String COLUMNS =
      "s.id, s.name, s.parent_phone, s.phone, s.school, s.grade, s.memo, s.deleted_at";

  // Per key, a LIMIT 1 probe of the active students' partial index, and only when that finds
  // nothing, of the removed students' one (most recently removed first). A plain join lets the
  // planner hash the academy's whole roster instead: 58 ms a chunk at 100,000 students
  // (docs/performance.md); LIMIT keeps each probe a separate index scan.
  // The academy's id goes in as (SELECT ?): planned as a known value, an academy the statistics
  // have not seen yet (one importing its first students) looks a row or two big, and the planner
  // may probe student_tenant_idx and filter the academy's whole roster per key: 13 ms a key, 6 s
  // a chunk at 80,000 students. Unknown at planning, it is costed as an average academy.
  private static final String FIND_BY_KEYS =
      "SELECT "
          + COLUMNS
          + " FROM unnest(?::varchar[], ?::varchar[]) AS k(name, parent_phone)"
          + " CROSS JOIN LATERAL ("
          + "(SELECT "
          + COLUMNS
          + " FROM student s WHERE s.tenant_id = (SELECT ?::bigint) AND s.name = k.name"
          + " AND s.parent_phone = k.parent_phone AND s.deleted_at IS NULL LIMIT 1)"
          + " UNION ALL"
          + " (SELECT "
          + COLUMNS
          + " FROM student s WHERE s.tenant_id = (SELECT ?::bigint) AND s.name = k.name"
          + " AND s.parent_phone = k.parent_phone AND s.deleted_at IS NOT NULL"
          + " ORDER BY s.deleted_at DESC LIMIT 1)"
          + " LIMIT 1) s";

  private static final String CREATE =
      "INSERT INTO student (id, tenant_id, name, parent_phone, phone, school, grade, memo,"
          + " created_at, updated_at)"
          + " SELECT u.id, ?, u.name, u.parent_phone, u.phone, u.school, u.grade, u.memo, ?, ?"
          + " FROM unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
          + " ?::varchar[], ?::varchar[]) AS u(id, name, parent_phone, phone, school, grade, memo)";

  private static final String UPDATE =
      "UPDATE student s SET phone = u.phone, school = u.school, grade = u.grade, memo = u.memo,"
          + " deleted_at = NULL, updated_at = ?"
          + " FROM unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])"
          + " AS u(id, phone, school, grade, memo)"
          + " WHERE s.tenant_id = ? AND s.id = u.id";

  private static final String USERS_WITH_PHONES =
      "SELECT phone FROM app_user WHERE tenant_id = ? AND phone = ANY (?::varchar[])";

  private static final String CREATE_USERS =
      "INSERT INTO app_user (id, tenant_id, phone, name, created_at, updated_at)"
          + " SELECT u.id, ?, u.phone, u.name, ?, ?"
          + " FROM unnest(?::bigint[], ?::varchar[], ?::varchar[]) AS u(id, phone, name)"
          + " ON CONFLICT (tenant_id, phone) DO NOTHING";

  private static final String USERS_WITHOUT_STUDENT_ROLE =
      "SELECT u.id FROM app_user u WHERE u.tenant_id = ? AND u.phone = ANY (?::varchar[])"
          + " AND NOT EXISTS (SELECT 1 FROM tenant_membership m WHERE m.tenant_id = u.tenant_id"
          + " AND m.user_id = u.id AND m.role = 'STUDENT')";

  private static final String CREATE_MEMBERSHIPS =
      "INSERT INTO tenant_membership (id, tenant_id, user_id, role, created_at)"
          + " SELECT m.id, ?, m.user_id, 'STUDENT', ?"
          + " FROM unnest(?::bigint[], ?::bigint[]) AS m(id, user_id)"
          + " ON CONFLICT (tenant_id, user_id, role) DO NOTHING";

  private static final String RECORD =
      "INSERT INTO student_import_chunk (tenant_id, job_id, chunk_no, created, updated, restored,"
          + " unchanged, failure) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String CHECKPOINTS =
      "SELECT chunk_no, created, updated, restored, unchanged, failure"
          + " FROM student_import_chunk WHERE tenant_id = ? AND job_id = ?";

  @Override
  public List<ExistingStudent> findByKeys(Collection<StudentKey> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return query(
        FIND_BY_KEYS,
        (c, find) -> {
          find.setArray(1, varchars(c, keys, StudentKey::name));
          find.setArray(2, varchars(c, keys, StudentKey::parentPhone));
          find.setLong(3, tenantId());
          find.setLong(4, tenantId());
        },
        rows -> {
          List<ExistingStudent> found = new ArrayList<>();
          while (rows.next()) {
            found.add(
                new ExistingStudent(
                    rows.getLong(1),
                    new StudentKey(rows.getString(2), rows.getString(3)),
                    rows.getString(4),
                    rows.getString(5),
                    rows.getString(6),
                    rows.getString(7),
                    instant(rows.getTimestamp(8))));
          }
          return found;
        });
  }

  @Override
  public void create(List<StudentWrite> students, Instant now) {
    if (students.isEmpty()) {
      return;
    }
    long[] ids = allocateIds("student_id_seq", students.size());
    update(
        CREATE,
        (c, insert) -> {
          insert.setLong(1, tenantId());
          insert.setTimestamp(2, timestamp(now));
          insert.setTimestamp(3, timestamp(now));
          insert.setArray(4, c.createArrayOf("bigint", boxed(ids)));
          insert.setArray(5, varchars(c, students, s -> s.key().name()));
          insert.setArray(6, varchars(c, students, s -> s.key().parentPhone()));
          insert.setArray(7, varchars(c, students, StudentWrite::phone));
          insert.setArray(8, varchars(c, students, StudentWrite::school));
          insert.setArray(9, varchars(c, students, StudentWrite::grade));
          insert.setArray(10, varchars(c, students, StudentWrite::memo));
        });
  }

  @Override
  public void update(List<StudentWrite> students, Instant now) {
    if (students.isEmpty()) {
      return;
    }
    update(
        UPDATE,
        (c, update) -> {
          update.setTimestamp(1, timestamp(now));
          update.setArray(2, c.createArrayOf("bigint", column(students, StudentWrite::id)));
          update.setArray(3, varchars(c, students, StudentWrite::phone));
          update.setArray(4, varchars(c, students, StudentWrite::school));
          update.setArray(5, varchars(c, students, StudentWrite::grade));
          update.setArray(6, varchars(c, students, StudentWrite::memo));
          update.setLong(7, tenantId());
        });
  }

  @Override
  public void ensureStudentAccounts(Map<String, String> namesByPhone, Instant now) {
    if (namesByPhone.isEmpty()) {
      return;
    }
    Set<String> phones = namesByPhone.keySet();
    Set<String> known = Set.copyOf(phones(USERS_WITH_PHONES, phones));
    List<String> missing = phones.stream().filter(phone -> !known.contains(phone)).toList();
    if (!missing.isEmpty()) {
      long[] ids = allocateIds("app_user_id_seq", missing.size());
      update(
          CREATE_USERS,
          (c, insert) -> {
            insert.setLong(1, tenantId());
            insert.setTimestamp(2, timestamp(now));
            insert.setTimestamp(3, timestamp(now));
            insert.setArray(4, c.createArrayOf("bigint", boxed(ids)));
            insert.setArray(5, varchars(c, missing, Function.identity()));
            insert.setArray(6, varchars(c, missing, namesByPhone::get));
          });
    }
    List<String> users = phones(USERS_WITHOUT_STUDENT_ROLE, phones);
    if (!users.isEmpty()) {
      long[] ids = allocateIds("tenant_membership_id_seq", users.size());
      update(
          CREATE_MEMBERSHIPS,
          (c, insert) -> {
            insert.setLong(1, tenantId());
            insert.setTimestamp(2, timestamp(now));
            insert.setArray(3, c.createArrayOf("bigint", boxed(ids)));
            insert.setArray(4, c.createArrayOf("bigint", column(users, Long::valueOf)));
          });
    }
  }

  @Override
  public void record(JobId job, ImportCheckpoint checkpoint) {
    ImportCounts counts = checkpoint.counts();
    update(
        RECORD,
        (c, insert) -> {
          insert.setLong(1, tenantId());
          insert.setObject(2, job.value());
          insert.setInt(3, checkpoint.chunk());
          insert.setInt(4, counts.created());
          insert.setInt(5, counts.updated());
          insert.setInt(6, counts.restored());
          insert.setInt(7, counts.unchanged());
          insert.setString(8, checkpoint.failure());
        });
  }

  @Override
  public Map<Integer, ImportCheckpoint> checkpoints(JobId job) {
    return query(
        CHECKPOINTS,
        (c, select) -> {
          select.setLong(1, tenantId());
          select.setObject(2, job.value());
        },
        rows -> {
          Map<Integer, ImportCheckpoint> found = new HashMap<>();
          while (rows.next()) {
            int chunk = rows.getInt(1);
            found.put(
                chunk,
                new ImportCheckpoint(
                    chunk,
                    new ImportCounts(
                        rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getInt(5), 0),
                    rows.getString(6)));
          }
          return found;
        });
  }

  /** A statement of an import failed: refused data, or a database that failed itself. */
  @Override
  protected RuntimeException failed(SQLException e) {
    return new ImportWriteFailed(e.getMessage(), SqlStates.dataRefused(e), e);
  }

  /** {@code n} fresh ids from blocks of the sequence no one else will hand out. */
  private long[] allocateIds(String sequence, int n) {
    return query(
        "SELECT nextval(?::regclass) FROM generate_series(1, ?)",
        (c, blocks) -> {
          blocks.setString(1, sequence);
          blocks.setInt(2, (n + ID_BLOCK - 1) / ID_BLOCK);
        },
        tops -> {
          long[] ids = new long[n];
          int next = 0;
          while (tops.next()) {
            long top = tops.getLong(1);
            for (long id = top - ID_BLOCK + 1; id <= top && next < n; id++) {
              ids[next++] = id;
            }
          }
          return ids;
        });
  }

  private List<String> phones(String sql, Set<String> phones) {
    return query(
        sql,
        (c, select) -> {
          select.setLong(1, tenantId());
          select.setArray(2, varchars(c, phones, Function.identity()));
        },
        rows -> {
          List<String> values = new ArrayList<>();
          while (rows.next()) {
            values.add(rows.getString(1));
          }
          return values;
        });
  }

  private static Long[] boxed(long[] ids) {
    Long[] boxed = new Long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      boxed[i] = ids[i];
    }
    return boxed;
  }
}
