package kr.academy.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import kr.academy.ratelimits.RateLimited;
import kr.academy.ratelimits.RateLimits;
import kr.academy.tenancy.TenantContext;
import kr.academy.web.errors.TryAgainLaterMapper;

/**
 * Counts every request made for an academy against its plan's rate limits and refuses one over a
 * limit with 429 before any resource runs, so a refused request does nothing (docs/api.md, Rate
 * limits). Requests without an academy (a platform admin, a login, a playback URL) are not counted
 * here: the login throttle and the load balancer's per-address rule cover them.
 *
 * <p>Runs right after the academy is bound from the token, which happens after the role check (see
 * {@link TenantFromToken}), and before the body is read.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 200)
public class AcademyRateLimits implements ContainerRequestFilter {

  @Inject TenantContext tenantContext;
  @Inject RateLimits rateLimits;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    tenantContext
        .current()
        .ifPresent(
            academy -> {
              Method method = resource.getResourceMethod();
              try {
                rateLimits.admit(
                    academy, method != null && method.isAnnotationPresent(CreatesJob.class));
              } catch (RateLimited e) {
                request.abortWith(TryAgainLaterMapper.response(e));
              }
            });
  }
}
