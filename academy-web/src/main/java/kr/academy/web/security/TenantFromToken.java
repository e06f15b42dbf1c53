package kr.academy.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import kr.academy.tenancy.TenantContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Binds the request's tenant from the verified token's {@code tenant_id} claim, the only place a
 * tenant may come from (DESIGN §5). A token without it (platform admin) binds none, and then no
 * tenant data can be reached.
 *
 * <p>Runs after the role check: Liberty verifies a token up front only when the header says {@code
 * Bearer} exactly, and a {@code bearer} or {@code BEARER} token (the scheme is case-insensitive,
 * RFC 7235) only when the role check asks who is calling. Before it, such a request has no
 * principal yet and would reach the roster with no academy bound.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class TenantFromToken implements ContainerRequestFilter {

  @Inject TenantContext tenantContext;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
      TokenClaims.tenant(token).ifPresent(tenantContext::bind);
    }
  }
}
