package kr.academy.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.academy.identity.Account;
import kr.academy.web.security.TokenClaims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is asking, from the verified token: {@code user:<id>} for academy members. */
@ApplicationScoped
public class Requester {

  @Inject JsonWebToken token;

  /** The member's user id; null for a platform admin. */
  public Long userId() {
    String subject = token.getSubject();
    return subject != null && subject.startsWith("user:")
        ? Long.valueOf(subject.substring("user:".length()))
        : null;
  }

  /** The account of an authenticated request (EndedSessions lets no other token through). */
  public Account account() {
    return TokenClaims.account(token)
        .orElseThrow(() -> new IllegalStateException("a token without an account got through"));
  }
}
