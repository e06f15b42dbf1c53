package kr.academy.messaging.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.academy.common.Page;
import kr.academy.common.PageRequest;
import kr.academy.common.jdbc.Statements;
import kr.academy.messaging.PhoneList;
import kr.academy.messaging.PhoneListRepository;
import kr.academy.tenancy.jdbc.TenantJdbcRepository;

/** The phone lists in plain JDBC: a batch checks thousands of numbers in one statement. */
@ApplicationScoped
public class JdbcPhoneListRepository extends TenantJdbcRepository implements PhoneListRepository {

  @Override
  public Set<String> contained(PhoneList list, Collection<String> phones) {
    Set<String> found = new HashSet<>();
    if (phones.isEmpty()) {
      return found;
    }
    return query(
        "SELECT phone FROM messaging_phone_list"
            + " WHERE tenant_id = ? AND list = ? AND phone = ANY (?::varchar[])",
        (c, s) -> {
          s.setLong(1, tenantId());
          s.setString(2, list.name());
          s.setArray(3, c.createArrayOf("varchar", phones.toArray()));
        },
        rs -> {
          while (rs.next()) {
            found.add(rs.getString(1));
          }
          return found;
        });
  }

  @Override
  public void addAll(PhoneList list, Collection<String> phones, PhoneList.Source source) {
    if (phones.isEmpty()) {
      return;
    }
    update(
        "INSERT INTO messaging_phone_list (tenant_id, list, phone, source)"
            + " SELECT ?, ?, p, ? FROM unnest(?::varchar[]) AS p ON CONFLICT DO NOTHING",
        (c, s) -> {
          s.setLong(1, tenantId());
          s.setString(2, list.name());
          s.setString(3, source.name());
          s.setArray(4, c.createArrayOf("varchar", phones.toArray()));
        });
  }

  @Override
  public boolean remove(PhoneList list, String phone) {
    return update(
            "DELETE FROM messaging_phone_list WHERE tenant_id = ? AND list = ? AND phone = ?",
            (c, s) -> {
              s.setLong(1, tenantId());
              s.setString(2, list.name());
              s.setString(3, phone);
            })
        > 0;
  }

  @Override
  public Page<PhoneList.Entry> page(PhoneList list, PageRequest page) {
    Statements.Params params =
        (c, s) -> {
          s.setLong(1, tenantId());
          s.setString(2, list.name());
        };
    String where = " FROM messaging_phone_list WHERE tenant_id = ? AND list = ?";
    long total = query("SELECT count(*)" + where, params, rs -> rs.next() ? rs.getLong(1) : 0L);
    List<PhoneList.Entry> entries =
        query(
            "SELECT phone, source, created_at"
                + where
                + " ORDER BY created_at DESC, phone"
                + " LIMIT ? OFFSET ?",
            (c, s) -> {
              params.set(c, s);
              s.setInt(3, page.size());
              s.setInt(4, page.offset());
            },
            rs -> {
              List<PhoneList.Entry> rows = new ArrayList<>();
              while (rs.next()) {
                rows.add(
                    new PhoneList.Entry(
                        rs.getString(1),
                        PhoneList.Source.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()));
              }
              return rows;
            });
    return Page.of(entries, total, page);
  }
}
