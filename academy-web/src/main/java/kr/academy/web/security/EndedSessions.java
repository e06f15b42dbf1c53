package kr.academy.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import kr.academy.identity.Account;
import kr.academy.identity.Sessions;
import kr.academy.web.errors.ErrorBody;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses, with 401, a verified token whose sessions have ended: its person logged out, was removed
 * from the academy or changed their password since it was issued (docs/api.md, Sessions).
 *
 * <p>Runs after the role check: Liberty verifies a token up front only when the header says {@code
 * Bearer} exactly, and one sent as {@code bearer} or {@code BEARER} only when the role check asks
 * who is calling. Before it such a request has no principal yet, and an ended session would slip
 * through under another spelling of the scheme.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 50)
public class EndedSessions implements ContainerRequestFilter {

  @Inject Sessions sessions;

  /** The request's token as MicroProfile JWT hands it out, whatever the principal's type. */
  @Inject JsonWebToken injectedToken;

  @Override
  public void filter(ContainerRequestContext request) {
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (principal == null) {
      return;
    }
    // Fails closed: an authenticated request whose token cannot be read cannot be checked.
    JsonWebToken token = principal instanceof JsonWebToken jwt ? jwt : injectedToken;
    Optional<Account> account =
        token.getRawToken() == null ? Optional.empty() : TokenClaims.account(token);
    if (account.isEmpty() || !sessions.isCurrent(account.get(), TokenClaims.tokenVersion(token))) {
      request.abortWith(
          ErrorBody.response(401, "UNAUTHENTICATED", "this session has ended; log in again"));
    }
  }
}
