package kr.academy.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Forged tokens: right claims, wrong signature, expiry or algorithm. */
public final class Tokens {

  private Tokens() {}

  /** The claims of an owner's token: {@code userId} is the owner's id in the academy. */
  public static JWTClaimsSet.Builder ownerClaims(long tenantId, long userId, Instant expiry) {
    return new JWTClaimsSet.Builder()
        .issuer(System.getProperty("academy.jwt.issuer", "https://academy.local"))
        .audience("academy")
        .subject("user:" + userId)
        .claim("upn", "01000000001")
        .claim("groups", List.of("OWNER"))
        .claim("tenant_id", tenantId)
        .issueTime(Date.from(expiry.minusSeconds(3600)))
        .expirationTime(Date.from(expiry));
  }

  /** Signed with the server's real key: only the claims are wrong. */
  public static String signedWithServerKey(JWTClaimsSet claims) {
    return sign(claims, serverKey());
  }

  public static String signedWithForeignKey(JWTClaimsSet claims) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return sign(claims, generator.generateKeyPair().getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String unsigned(JWTClaimsSet claims) {
    return new PlainJWT(claims).serialize();
  }

  private static String sign(JWTClaimsSet claims, PrivateKey key) {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static PrivateKey serverKey() {
    String location = System.getenv("ACADEMY_JWT_PRIVATE_KEY_LOCATION");
    if (location == null) {
      throw new IllegalStateException("ACADEMY_JWT_PRIVATE_KEY_LOCATION is not set");
    }
    try {
      String pem =
          Files.readString(Path.of(location))
              .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
              .replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
