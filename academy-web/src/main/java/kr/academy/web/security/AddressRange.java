package kr.academy.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/16}, {@code ::1/128}, or one address).
 */
final class AddressRange {

  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final byte[] network;
  private final int prefixBits;

  private AddressRange(byte[] network, int prefixBits) {
    this.network = network;
    this.prefixBits = prefixBits;
  }

  static AddressRange parse(String cidr) {
    String[] parts = cidr.strip().split("/", 2);
    InetAddress address =
        literal(parts[0])
            .orElseThrow(() -> new IllegalArgumentException("not an IP address range: " + cidr));
    int maxBits = address.getAddress().length * 8;
    int bits;
    try {
      bits = parts.length == 2 ? Integer.parseInt(parts[1]) : maxBits;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an IP address range: " + cidr, e);
    }
    if (bits < 0 || bits > maxBits) {
      throw new IllegalArgumentException("not an IP address range: " + cidr);
    }
    return new AddressRange(address.getAddress(), bits);
  }

  /**
   * An IP address written as one, never looked up in DNS: a header or setting naming a host must
   * not make the server resolve it.
   */
  static Optional<InetAddress> literal(String text) {
    String candidate = text.strip();
    if (!IPV4.matcher(candidate).matches() && !IPV6.matcher(candidate).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(candidate));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length != network.length) {
      return false;
    }
    int whole = prefixBits / 8;
    for (int i = 0; i < whole; i++) {
      if (bytes[i] != network[i]) {
        return false;
      }
    }
    int rest = prefixBits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = 0xff << (8 - rest) & 0xff;
    return (bytes[whole] & mask) == (network[whole] & mask);
  }
}
