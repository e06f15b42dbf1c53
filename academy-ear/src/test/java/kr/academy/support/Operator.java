package kr.academy.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Liberty's HTTPS port as the Admin Center operator sees it (its certificate is self-signed). */
public final class Operator {

  private Operator() {}

  public static int port(String variable, String fallback) {
    return Integer.parseInt(System.getenv().getOrDefault(variable, fallback));
  }

  public static int httpsPort() {
    return port("ACADEMY_HTTPS_PORT", "9443");
  }

  /** A GET to the HTTPS port with the operator's credentials. */
  public static HttpResponse<String> get(String path)
      throws IOException, InterruptedException, GeneralSecurityException {
    String credentials =
        System.getenv().getOrDefault("ACADEMY_ADMIN_CENTER_USER", "operator")
            + ":"
            + System.getenv("ACADEMY_ADMIN_CENTER_PASSWORD");
    return send(
        request(path)
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
  }

  /** A GET to the HTTPS port with no credentials. */
  public static HttpResponse<String> anonymousGet(String path)
      throws IOException, InterruptedException, GeneralSecurityException {
    return send(request(path));
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + httpsPort() + path));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException, GeneralSecurityException {
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {new TrustingLocalCertificate()}, null);
    return HttpClient.newBuilder()
        .sslContext(tls)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
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
