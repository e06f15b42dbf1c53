package kr.academy.tenancy.jpa;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import kr.academy.tenancy.TenantBound;
import kr.academy.tenancy.TenantContext;
import kr.academy.tenancy.TenantId;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.config.QueryHints;

/**
 * Raises both tenant walls for the current transaction, once, before the first query:
 *
 * <ol>
 *   <li>EclipseLink's tenant discriminator on the transaction's entity manager, so every query on a
 *       {@code @Multitenant} entity carries {@code tenant_id = ?} and an entity manager without it
 *       fails (EclipseLink-6174);
 *   <li>{@code app.tenant_id} set transaction-locally on the connection, which the row-level
 *       security policies compare against, so even a query without a tenant filter sees only this
 *       tenant's rows.
 * </ol>
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TenantBindingInterceptor {

  private static final String BOUND_TENANT = TenantBindingInterceptor.class.getName();

  @Inject TenantContext context;

  @PersistenceContext(unitName = "academy")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object bind(InvocationContext invocation) throws Exception {
    TenantId tenant = context.require();
    if (transactions.getTransactionKey() == null) {
      throw new IllegalStateException("tenant-scoped work needs a transaction");
    }
    Object bound = transactions.getResource(BOUND_TENANT);
    if (bound == null) {
      em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenant.value());
      em.createNativeQuery("SELECT set_config('app.tenant_id', ?1, true)")
          .setParameter(1, tenant.toString())
          .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
          .getSingleResult();
      transactions.putResource(BOUND_TENANT, tenant);
    } else if (!bound.equals(tenant)) {
      throw new IllegalStateException("one transaction cannot act for two tenants");
    }
    return invocation.proceed();
  }
}
