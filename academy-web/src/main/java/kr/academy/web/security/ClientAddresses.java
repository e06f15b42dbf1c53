package kr.academy.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for limits per client (docs/api.md, Logins). Behind a load
 * balancer the connection comes from the balancer, which appends the address it was called from to
 * {@code X-Forwarded-For}. A client can write that header too, so it is believed only as far back
 * as the hops that appended to it are trusted proxies ({@code academy.http.trusted-proxies}, none
 * by default): from the connection's own address back through the header, right to left, the first
 * address that is not a trusted proxy is the client.
 */
@ApplicationScoped
public class ClientAddresses {

  static final String FORWARDED_FOR = "X-Forwarded-For";

  /** Longest client text kept from a hop that is not an IP address. */
  private static final int MAX_LENGTH = 45;

  @Inject
  @ConfigProperty(name = "academy.http.trusted-proxies")
  Optional<List<String>> trustedProxies;

  private List<AddressRange> trusted;

  @PostConstruct
  void readTrustedProxies() {
    trusted = trustedProxies.orElse(List.of()).stream().map(AddressRange::parse).toList();
  }

  /** Reads the setting at start-up: a range that does not parse stops the start, naming it. */
  void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // Being notified creates the bean, whose @PostConstruct reads the setting.
  }

  public String of(HttpServletRequest request) {
    return resolve(
        request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)), trusted);
  }

  static String resolve(String remote, List<String> forwardedFor, List<AddressRange> trusted) {
    List<String> hops =
        forwardedFor.stream()
            .flatMap(header -> Arrays.stream(header.split(",")))
            .map(String::strip)
            .filter(hop -> !hop.isEmpty())
            .toList();
    String client = remote;
    for (int i = hops.size() - 1; i >= 0 && isTrusted(client, trusted); i--) {
      client = hops.get(i);
    }
    return AddressRange.literal(client)
        .map(InetAddress::getHostAddress)
        .orElse(client.length() > MAX_LENGTH ? client.substring(0, MAX_LENGTH) : client);
  }

  private static boolean isTrusted(String address, List<AddressRange> trusted) {
    return AddressRange.literal(address)
        .map(literal -> trusted.stream().anyMatch(range -> range.contains(literal)))
        .orElse(false);
  }
}
