package kr.academy.tenancy.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import kr.academy.tenancy.DueItems;
import kr.academy.tenancy.TenantId;
import org.eclipse.persistence.config.QueryHints;

/**
 * {@link DueItems} through the sweep's {@code SECURITY DEFINER} function; its two columns are
 * renamed in the query, so every such function is read the same way.
 */
@ApplicationScoped
public class JpaDueItems implements DueItems {

  private static final Pattern FUNCTION_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Override
  public List<DueItem> find(String function, Instant now, int max) {
    if (!FUNCTION_NAME.matcher(function).matches()) {
      throw new IllegalArgumentException("not a function name: " + function);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT tenant_id, item_id FROM " + function + "(?1, ?2) AS d(tenant_id, item_id)")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, max)
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    return rows.stream()
        .map(row -> new DueItem(new TenantId(((Number) row[0]).longValue()), (UUID) row[1]))
        .toList();
  }
}
