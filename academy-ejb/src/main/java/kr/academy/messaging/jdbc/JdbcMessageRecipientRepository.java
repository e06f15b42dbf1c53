package kr.academy.messaging.jdbc;

import static kr.academy.common.jdbc.Statements.column;
import static kr.academy.common.jdbc.Statements.instant;
import static kr.academy.common.jdbc.Statements.timestamp;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.common.jdbc.Statements;
import kr.academy.messaging.Audience;
import kr.academy.messaging.MessageRecipientRepository;
import kr.academy.messaging.MessageType;
import kr.academy.messaging.OutgoingText;
import kr.academy.messaging.RecipientPlan;
import kr.academy.messaging.RecipientStatus;
import kr.academy.messaging.RecipientView;
import kr.academy.messaging.Settlement;
import kr.academy.tenancy.jdbc.TenantJdbcRepository;

/**
 * Plain JDBC on the entity manager's connection (so it commits with the transaction and under its
 * tenant), one statement per bulk change with the rows as arrays ({@code unnest}). Every statement
 * names the tenant as well as the batch.
 */
@ApplicationScoped
public class JdbcMessageRecipientRepository extends TenantJdbcRepository
    implements MessageRecipientRepository {

  private static final String OUTGOING =
      "r.id, r.message_key, r.phone, r.type, r.attempts, r.sending_at";

  @Override
  public Map<Long, RecipientPlan.Contact> contacts(Collection<Long> studentIds) {
    Map<Long, RecipientPlan.Contact> found = new HashMap<>();
    if (studentIds.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT id, phone, parent_phone FROM student"
            + " WHERE tenant_id = ? AND deleted_at IS NULL AND id = ANY (?::bigint[])";
    query(
        sql,
        (c, s) -> {
          s.setLong(1, tenantId());
          s.setArray(2, c.createArrayOf("bigint", studentIds.toArray()));
        },
        rs -> {
          while (rs.next()) {
            found.put(
                rs.getLong(1),
                new RecipientPlan.Contact(rs.getLong(1), rs.getString(2), rs.getString(3)));
          }
          return null;
        });
    return found;
  }

  @Override
  public void insert(long batch, List<RecipientPlan.Row> rows, MessageType type, Instant now) {
    String sql =
        "INSERT INTO message_recipient (tenant_id, batch_id, position, given, audience,"
            + " student_id, phone, status, reason, message_key, send_after, type, created_at,"
            + " updated_at)"
            + " SELECT ?, ?, u.position, u.given, u.audience, u.student_id, u.phone, u.status,"
            + " u.reason, u.message_key, u.send_after,"
            + " CASE WHEN u.status = 'INVALID' THEN NULL ELSE ? END, ?, ?"
            + " FROM unnest(?::int[], ?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[],"
            + " ?::varchar[], ?::varchar[], ?::uuid[], ?::timestamptz[])"
            + " AS u(position, given, audience, student_id, phone, status, reason, message_key,"
            + " send_after)";
    update(
        sql,
        (c, s) -> {
          s.setLong(1, tenantId());
          s.setLong(2, batch);
          s.setString(3, type.name());
          s.setTimestamp(4, Timestamp.from(now));
          s.setTimestamp(5, Timestamp.from(now));
          s.setArray(6, c.createArrayOf("integer", column(rows, RecipientPlan.Row::position)));
          s.setArray(7, c.createArrayOf("varchar", column(rows, RecipientPlan.Row::given)));
          s.setArray(8, c.createArrayOf("varchar", column(rows, r -> r.audience().name())));
          s.setArray(9, c.createArrayOf("bigint", column(rows, RecipientPlan.Row::studentId)));
          s.setArray(10, c.createArrayOf("varchar", column(rows, RecipientPlan.Row::phone)));
          s.setArray(11, c.createArrayOf("varchar", column(rows, r -> r.status().name())));
          s.setArray(12, c.createArrayOf("varchar", column(rows, RecipientPlan.Row::reason)));
          s.setArray(13, c.createArrayOf("uuid", column(rows, RecipientPlan.Row::messageKey)));
          s.setArray(
              14, c.createArrayOf("timestamptz", column(rows, r -> timestamp(r.sendAfter()))));
        });
  }

  @Override
  public Map<RecipientStatus, Integer> counts(long batch) {
    return counts(List.of(batch)).getOrDefault(batch, new EnumMap<>(RecipientStatus.class));
  }

  @Override
  public Map<Long, Map<RecipientStatus, Integer>> counts(Collection<Long> batches) {
    Map<Long, Map<RecipientStatus, Integer>> counts = new HashMap<>();
    if (batches.isEmpty()) {
      return counts;
    }
    String sql =
        "SELECT batch_id, status, count(*) FROM message_recipient"
            + " WHERE tenant_id = ? AND batch_id = ANY (?::bigint[]) GROUP BY batch_id, status";
    query(
        sql,
        (c, s) -> {
          s.setLong(1, tenantId());
          s.setArray(2, c.createArrayOf("bigint", batches.toArray()));
        },
        rs -> {
          while (rs.next()) {
            counts
                .computeIfAbsent(rs.getLong(1), b -> new EnumMap<>(RecipientStatus.class))
                .put(RecipientStatus.valueOf(rs.getString(2)), rs.getInt(3));
          }
          return null;
        });
    return counts;
  }

  @Override
  public Page<RecipientView> page(long batch, RecipientStatus status, PageRequest page) {
    String where =
        " FROM message_recipient WHERE tenant_id = ? AND batch_id = ?"
            + (status == null ? "" : " AND status = ?");
    Statements.Params params =
        (c, s) -> {
          s.setLong(1, tenantId());
          s.setLong(2, batch);
          if (status != null) {
            s.setString(3, status.name());
          }
        };
    long total = query("SELECT count(*)" + where, params, rs -> rs.next() ? rs.getLong(1) : 0L);
    int next = status == null ? 3 : 4;
    List<RecipientView> items =
        query(
            "SELECT position, given, audience, student_id, phone, status, reason, type,"
                + " status_code, send_after, sent_at, updated_at"
                + where
                + " ORDER BY position LIMIT ? OFFSET ?",
            (c, s) -> {
              params.set(c, s);
              s.setInt(next, page.size());
              s.setInt(next + 1, page.offset());
            },
            rs -> {
              List<RecipientView> views = new ArrayList<>();
              while (rs.next()) {
                long student = rs.getLong(4);
                views.add(
                    new RecipientView(
                        rs.getInt(1),
                        rs.getString(2),
                        Audience.valueOf(rs.getString(3)),
                        rs.wasNull() ? null : student,
                        rs.getString(5),
                        RecipientStatus.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getString(8) == null ? null : MessageType.valueOf(rs.getString(8)),
                        rs.getString(9),
                        instant(rs.getTimestamp(10)),
                        instant(rs.getTimestamp(11)),
                        instant(rs.getTimestamp(12))));
              }
              return views;
            });
    return Page.of(items, total, page);
  }

  @Override
  public int cancelScheduled(long batch, Instant now) {
    return update(
        "UPDATE message_recipient SET status = 'CANCELLED', updated_at = ?"
            + " WHERE tenant_id = ? AND batch_id = ? AND status = 'SCHEDULED'",
        (c, s) -> {
          s.setTimestamp(1, Timestamp.from(now));
          s.setLong(2, tenantId());
          s.setLong(3, batch);
        });
  }

  @Override
  public int release(long batch, Instant now) {
    return update(
        "UPDATE message_recipient SET status = 'QUEUED', updated_at = ?"
            + " WHERE tenant_id = ? AND batch_id = ? AND status = 'SCHEDULED' AND send_after <= ?",
        (c, s) -> {
          s.setTimestamp(1, Timestamp.from(now));
          s.setLong(2, tenantId());
          s.setLong(3, batch);
          s.setTimestamp(4, Timestamp.from(now));
        });
  }

  @Override
  public Optional<Instant> nextRelease(long batch) {
    return Optional.ofNullable(
        query(
            "SELECT min(send_after) FROM message_recipient WHERE tenant_id = ? AND batch_id = ?"
                + " AND status IN ('SCHEDULED', 'QUEUED')",
            (c, s) -> {
              s.setLong(1, tenantId());
              s.setLong(2, batch);
            },
            rs -> rs.next() ? instant(rs.getTimestamp(1)) : null));
  }

  @Override
  public List<OutgoingText> claim(long batch, Instant now, int max) {
    // Two statements, not UPDATE ... FROM (SELECT ... FOR UPDATE): a new academy looks like one row
    // to the statistics, and the planner then nested-looped the academy's rows over a re-run of the
    // locking subquery (22-50 s for 10,000 texts). Ids from the first statement make the second a
    // key lookup whatever the statistics say. RETURNING follows the scan's order, so the outer
    // ORDER BY keeps the texts in the order the sender listed them: a provider that stops part-way
    // (balance) stops at the end.
    List<Long> due =
        query(
            "SELECT id FROM message_recipient WHERE tenant_id = ? AND batch_id = ?"
                + " AND status = 'QUEUED' AND (send_after IS NULL OR send_after <= ?)"
                + " ORDER BY position LIMIT ? FOR UPDATE SKIP LOCKED",
            (c, s) -> {
              s.setLong(1, tenantId());
              s.setLong(2, batch);
              s.setTimestamp(3, Timestamp.from(now));
              s.setInt(4, max);
            },
            rs -> {
              List<Long> ids = new ArrayList<>();
              while (rs.next()) {
                ids.add(rs.getLong(1));
              }
              return ids;
            });
    if (due.isEmpty()) {
      return List.of();
    }
    return query(
        "WITH claimed AS (UPDATE message_recipient r SET status = 'SENDING',"
            + " attempts = r.attempts + 1, sending_at = ?, updated_at = ?"
            + " WHERE r.tenant_id = ? AND r.id = ANY (?) RETURNING r.position, "
            + OUTGOING
            + ") SELECT "
            + OUTGOING
            + " FROM claimed r ORDER BY r.position",
        (c, s) -> {
          s.setTimestamp(1, Timestamp.from(now));
          s.setTimestamp(2, Timestamp.from(now));
          s.setLong(3, tenantId());
          s.setArray(4, c.createArrayOf("bigint", due.toArray()));
        },
        JdbcMessageRecipientRepository::outgoing);
  }

  @Override
  public List<OutgoingText> inDoubt(long batch) {
    return query(
        "SELECT "
            + OUTGOING
            + " FROM message_recipient r"
            + " WHERE r.tenant_id = ? AND r.batch_id = ? AND r.status = 'SENDING'"
            + " ORDER BY r.position",
        (c, s) -> {
          s.setLong(1, tenantId());
          s.setLong(2, batch);
        },
        JdbcMessageRecipientRepository::outgoing);
  }

  @Override
  public void settle(List<Settlement> settlements, Instant now) {
    if (settlements.isEmpty()) {
      return;
    }
    update(
        "UPDATE message_recipient r SET status = u.status, reason = COALESCE(u.reason, r.reason),"
            + " status_code = COALESCE(u.status_code, r.status_code),"
            + " provider_message_id = COALESCE(u.message_id, r.provider_message_id),"
            + " provider_group_id = COALESCE(u.group_id, r.provider_group_id),"
            + " message_key = COALESCE(u.message_key, r.message_key),"
            + " type = COALESCE(u.type, r.type),"
            + " send_after = COALESCE(u.send_after, r.send_after),"
            + " sent_at = CASE WHEN u.status IN ('SENT', 'DELIVERED') THEN COALESCE(r.sent_at, ?)"
            + " ELSE r.sent_at END,"
            + " updated_at = ?"
            + " FROM unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
            + " ?::varchar[], ?::uuid[], ?::varchar[], ?::timestamptz[])"
            + " AS u(id, status, reason, status_code, message_id, group_id, message_key, type,"
            + " send_after)"
            + " WHERE r.tenant_id = ? AND r.id = u.id",
        (c, s) -> {
          s.setTimestamp(1, Timestamp.from(now));
          s.setTimestamp(2, Timestamp.from(now));
          s.setArray(3, c.createArrayOf("bigint", column(settlements, Settlement::recipientId)));
          s.setArray(4, c.createArrayOf("varchar", column(settlements, x -> x.status().name())));
          s.setArray(5, c.createArrayOf("varchar", column(settlements, Settlement::reason)));
          s.setArray(6, c.createArrayOf("varchar", column(settlements, Settlement::statusCode)));
          s.setArray(7, c.createArrayOf("varchar", column(settlements, Settlement::messageId)));
          s.setArray(8, c.createArrayOf("varchar", column(settlements, Settlement::groupId)));
          s.setArray(9, c.createArrayOf("uuid", column(settlements, Settlement::key)));
          s.setArray(
              10,
              c.createArrayOf(
                  "varchar", column(settlements, x -> x.type() == null ? null : x.type().name())));
          s.setArray(
              11,
              c.createArrayOf("timestamptz", column(settlements, x -> timestamp(x.sendAfter()))));
          s.setLong(12, tenantId());
        });
  }

  @Override
  public List<SentText> awaitingReports(long batch) {
    return query(
        "SELECT id, phone, provider_message_id, provider_group_id, type, attempts"
            + " FROM message_recipient"
            + " WHERE tenant_id = ? AND batch_id = ? AND status = 'SENT'"
            + " AND provider_group_id IS NOT NULL",
        (c, s) -> {
          s.setLong(1, tenantId());
          s.setLong(2, batch);
        },
        rs -> {
          List<SentText> sent = new ArrayList<>();
          while (rs.next()) {
            sent.add(
                new SentText(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    MessageType.valueOf(rs.getString(5)),
                    rs.getInt(6)));
          }
          return sent;
        });
  }

  private static List<OutgoingText> outgoing(ResultSet rs) throws SQLException {
    List<OutgoingText> texts = new ArrayList<>();
    while (rs.next()) {
      texts.add(
          new OutgoingText(
              rs.getLong(1),
              (UUID) rs.getObject(2),
              rs.getString(3),
              MessageType.valueOf(rs.getString(4)),
              rs.getInt(5),
              instant(rs.getTimestamp(6))));
    }
    return texts;
  }
}
