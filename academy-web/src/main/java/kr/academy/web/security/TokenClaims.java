package kr.academy.web.security;

import jakarta.json.JsonNumber;
import java.util.Optional;
import java.util.OptionalLong;
import kr.academy.identity.Account;
import kr.academy.identity.TokenIssuer;
import kr.academy.tenancy.TenantId;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** What the platform reads from a verified token's claims. */
public final class TokenClaims {

  private TokenClaims() {}

  /** The academy the token was issued for; none for a platform admin. */
  public static Optional<TenantId> tenant(JsonWebToken token) {
    OptionalLong tenant = number(token, TokenIssuer.TENANT_CLAIM);
    return tenant.isPresent() ? Optional.of(new TenantId(tenant.getAsLong())) : Optional.empty();
  }

  public static Optional<Account> account(JsonWebToken token) {
    return Account.of(token.getSubject(), tenant(token).orElse(null));
  }

  /** Tokens issued before token versions existed carry none: version 0. */
  public static long tokenVersion(JsonWebToken token) {
    return number(token, TokenIssuer.TOKEN_VERSION_CLAIM).orElse(0);
  }

  /** A numeric claim, which the runtime hands over as JSON-P or as a Java number. */
  private static OptionalLong number(JsonWebToken token, String claim) {
    Object value = token.getClaim(claim);
    if (value instanceof JsonNumber number) {
      return OptionalLong.of(number.longValueExact());
    }
    if (value instanceof Number number) {
      return OptionalLong.of(number.longValue());
    }
    return OptionalLong.empty();
  }
}
