package kr.academy.messaging.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import kr.academy.messaging.MessageQuotaRepository;
import kr.academy.tenancy.jdbc.TenantJdbcRepository;

/**
 * The quota counter as one row per academy and month, changed by a single conditional upsert: two
 * batches sent at once cannot both slip under the limit.
 */
@ApplicationScoped
public class JdbcMessageQuotaRepository extends TenantJdbcRepository
    implements MessageQuotaRepository {

  @Override
  public boolean reserve(LocalDate month, int texts, int limit) {
    if (texts > limit) {
      return false;
    }
    return update(
            "INSERT INTO message_usage (tenant_id, month, used) VALUES (?, ?, ?)"
                + " ON CONFLICT (tenant_id, month) DO UPDATE"
                + " SET used = message_usage.used + EXCLUDED.used"
                + " WHERE message_usage.used + EXCLUDED.used <= ?",
            (c, s) -> {
              s.setLong(1, tenantId());
              s.setDate(2, Date.valueOf(month));
              s.setInt(3, texts);
              s.setInt(4, limit);
            })
        == 1;
  }

  @Override
  public void release(LocalDate month, int texts) {
    update(
        "UPDATE message_usage SET used = greatest(used - ?, 0) WHERE tenant_id = ? AND month = ?",
        (c, s) -> {
          s.setInt(1, texts);
          s.setLong(2, tenantId());
          s.setDate(3, Date.valueOf(month));
        });
  }

  @Override
  public int used(LocalDate month) {
    return query(
        "SELECT used FROM message_usage WHERE tenant_id = ? AND month = ?",
        (c, s) -> {
          s.setLong(1, tenantId());
          s.setDate(2, Date.valueOf(month));
        },
        rs -> rs.next() ? rs.getInt(1) : 0);
  }
}
