package kr.academy.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.academy.tenancy.Tenant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues the RS256 tokens that MicroProfile JWT verifies on every request. The tenant travels in
 * the signed {@code tenant_id} claim; that claim is the only source of the request's tenant.
 */
@ApplicationScoped
public class TokenIssuer {

  public static final String TENANT_CLAIM = "tenant_id";

  /** The person's token version when the token was issued; an older one than theirs is refused. */
  public static final String TOKEN_VERSION_CLAIM = "token_version";

  public static final String AUDIENCE = "academy";

  @Inject
  @ConfigProperty(name = "academy.jwt.issuer", defaultValue = "https://academy.local")
  String issuer;

  @Inject
  @ConfigProperty(name = "academy.jwt.lifetime-seconds", defaultValue = "3600")
  long lifetimeSeconds;

  @Inject
  @ConfigProperty(name = "academy.jwt.private-key")
  Optional<String> privateKeyPem;

  @Inject
  @ConfigProperty(name = "academy.jwt.private-key.location")
  Optional<String> privateKeyLocation;

  @Inject Clock clock;

  private RSASSASigner signer;
  private PrivateKey key;

  @PostConstruct
  void loadKey() {
    key = readPrivateKey();
    signer = new RSASSASigner(key);
  }

  /**
   * A secret for signing something else than tokens ({@code purpose} names what), derived from the
   * token key: every server has it, and it changes when that key is rotated, with no second secret
   * to configure and rotate.
   */
  public byte[] derivedKey(String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot derive a key", e);
    }
  }

  public AccessToken forMember(AppUser user, Tenant tenant, List<Role> roles) {
    JWTClaimsSet.Builder claims =
        base(Account.member(tenant.id(), user.id()), user.phone().digits(), roles)
            .claim(TOKEN_VERSION_CLAIM, user.credentials().tokenVersion())
            .claim(TENANT_CLAIM, tenant.id().value())
            .claim("tenant_slug", tenant.slug())
            .claim("name", user.name());
    return sign(claims);
  }

  public AccessToken forPlatformAdmin(PlatformAdmin admin) {
    return sign(
        base(
                Account.platformAdmin(admin.id()),
                admin.phone().digits(),
                List.of(Role.PLATFORM_ADMIN))
            .claim(TOKEN_VERSION_CLAIM, admin.credentials().tokenVersion())
            .claim("name", admin.name()));
  }

  private JWTClaimsSet.Builder base(Account account, String phone, List<Role> roles) {
    Instant now = clock.instant();
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(AUDIENCE)
        .subject(account.subject())
        .claim("upn", phone)
        .claim("groups", roles.stream().map(Role::name).toList())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(lifetimeSeconds)))
        .jwtID(UUID.randomUUID().toString());
  }

  private AccessToken sign(JWTClaimsSet.Builder claims) {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
            claims.build());
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
    return new AccessToken(jwt.serialize(), lifetimeSeconds);
  }

  private PrivateKey readPrivateKey() {
    String pem =
        privateKeyPem
            .or(() -> privateKeyLocation.map(TokenIssuer::readFile))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no token signing key: set academy.jwt.private-key or"
                            + " academy.jwt.private-key.location"));
    String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("the token signing key is not a PKCS#8 RSA key", e);
    }
  }

  private static String readFile(String location) {
    try {
      return Files.readString(Path.of(location));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the token signing key at " + location, e);
    }
  }
}
