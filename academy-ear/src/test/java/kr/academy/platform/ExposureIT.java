package kr.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** What the local server shows to others: nothing off this machine, no secret in its dumps. */
class ExposureIT {

  private static int port(String variable, String fallback) {
    return Integer.parseInt(System.getenv().getOrDefault(variable, fallback));
  }

  /** The machine's own addresses that are not loopback: what another machine would call. */
  private static List<InetAddress> networkAddresses() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .toList();
  }

  @Test
  void theServerAnswersOnLoopbackOnly() throws Exception {
    List<InetAddress> addresses = networkAddresses();
    assumeTrue(!addresses.isEmpty(), "this machine has no network address to try");
    for (int port :
        new int[] {
          port("ACADEMY_HTTP_PORT", System.getProperty("academy.http.port", "9080")),
          port("ACADEMY_HTTPS_PORT", "9443")
        }) {
      try (Socket local = new Socket()) {
        local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
      }
      for (InetAddress address : addresses) {
        assertThrows(
            IOException.class,
            () -> {
              try (Socket remote = new Socket()) {
                remote.connect(new InetSocketAddress(address, port), 2000);
              }
            },
            () -> "port " + port + " answers on " + address);
      }
    }
  }

  @Test
  void theConfigurationDumpMasksTheSqsKeys() throws Exception {
    HttpResponse<String> dump = operatorGet("/ibm/api/config/resourceAdapter");
    assertEquals(200, dump.statusCode(), dump.body());
    assertTrue(dump.body().contains("\"accessKey\": \"******\""), dump.body());
    assertTrue(dump.body().contains("\"secretKey\": \"******\""), dump.body());
    assertFalse(dump.body().contains(System.getenv("ACADEMY_SQS_ACCESS_KEY")), dump.body());
  }

  /**
   * A GET to Liberty's HTTPS port as the Admin Center operator (its certificate is self-signed).
   */
  private static HttpResponse<String> operatorGet(String path)
      throws IOException, InterruptedException, GeneralSecurityException {
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {new TrustingLocalCertificate()}, null);
    String credentials =
        System.getenv().getOrDefault("ACADEMY_ADMIN_CENTER_USER", "operator")
            + ":"
            + System.getenv("ACADEMY_ADMIN_CENTER_PASSWORD");
    return HttpClient.newBuilder()
        .sslContext(tls)
        .build()
        .send(
            HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + port("ACADEMY_HTTPS_PORT", "9443") + path))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Trusts the local server's generated certificate; used for 127.0.0.1 only. */
  private static final class TrustingLocalCertificate implements X509TrustManager {

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      throw new UnsupportedOperationException("a client of the server, not a server");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // The local server's own self-signed certificate.
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
