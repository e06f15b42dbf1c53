package kr.academy.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The RSA key pair that signs (private) and verifies (public, MicroProfile JWT) local tokens.
 *
 * <p>Generated once and kept, so tokens issued before a restart stay valid after it.
 */
final class JwtKeys {

  static final String PRIVATE_KEY_FILE = "jwt-private.pem";
  static final String PUBLIC_KEY_FILE = "jwt-public.pem";

  private JwtKeys() {}

  /** Creates the pair in {@code dir} unless both files are already there. */
  static void ensure(Path dir) throws IOException {
    Path privateKey = dir.resolve(PRIVATE_KEY_FILE);
    Path publicKey = dir.resolve(PUBLIC_KEY_FILE);
    if (Files.isRegularFile(privateKey) && Files.isRegularFile(publicKey)) {
      return;
    }
    KeyPair pair = generate();
    Files.createDirectories(dir);
    // Public key first: a crash in between leaves no private key, so the next run regenerates
    // both instead of keeping a private key whose public half is missing.
    // Java encodes RSA public keys as X.509 SubjectPublicKeyInfo and private keys as PKCS#8.
    write(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded(), "rw-r--r--");
    write(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded(), "rw-------");
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides RSA", e);
    }
  }

  /**
   * Writes through a temporary file created with its final permissions, so the key is never
   * readable by others and a reader never sees a half-written file.
   */
  private static void write(Path target, String type, byte[] der, String permissions)
      throws IOException {
    String pem =
        "-----BEGIN "
            + type
            + "-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
            + "\n-----END "
            + type
            + "-----\n";
    Path tmp =
        Files.createTempFile(
            target.getParent(),
            target.getFileName().toString(),
            ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)));
    try {
      Files.writeString(tmp, pem, StandardCharsets.US_ASCII);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
