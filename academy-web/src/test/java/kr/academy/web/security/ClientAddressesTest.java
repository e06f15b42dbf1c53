package kr.academy.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static final List<AddressRange> BALANCERS =
      List.of(AddressRange.parse("10.0.0.0/16"), AddressRange.parse("fd00::/8"));

  private static String client(String remote, String... forwardedFor) {
    return ClientAddresses.resolve(remote, List.of(forwardedFor), BALANCERS);
  }

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertEquals(
        "203.0.113.9", ClientAddresses.resolve("203.0.113.9", List.of("198.51.100.1"), List.of()));
    assertEquals(
        "10.0.3.4", ClientAddresses.resolve("10.0.3.4", List.of("198.51.100.1"), List.of()));
  }

  @Test
  void aConnectionFromOutsideTheProxiesIsTheClientWhateverItClaims() {
    assertEquals("203.0.113.9", client("203.0.113.9", "10.0.0.1"));
  }

  @Test
  void behindTheBalancerTheAddressItAppendedIsTheClient() {
    assertEquals("198.51.100.7", client("10.0.1.20", "198.51.100.7"));
  }

  @Test
  void whatTheClientWroteBeforeTheBalancerIsNotBelieved() {
    assertEquals("198.51.100.7", client("10.0.1.20", "1.2.3.4, 10.0.9.9, 198.51.100.7"));
    assertEquals("198.51.100.7", client("10.0.1.20", "1.2.3.4", "198.51.100.7"));
  }

  @Test
  void chainsOfTrustedProxiesAreWalkedBack() {
    assertEquals("198.51.100.7", client("10.0.1.20", "198.51.100.7, 10.0.2.2"));
    assertEquals("10.0.2.2", client("10.0.1.20", "10.0.2.2"), "only trusted hops: the first one");
  }

  @Test
  void addressesAreWrittenOneWay() {
    assertEquals("2001:db8:0:0:0:0:0:1", client("fd00::5", "2001:db8::1"));
    assertEquals("198.51.100.7", client("10.0.1.20", "::ffff:198.51.100.7"));
  }

  @Test
  void aHopThatIsNoAddressIsTheClientAndNeverLookedUp() {
    assertEquals("unknown", client("10.0.1.20", "unknown"));
    assertEquals("x".repeat(45), client("10.0.1.20", "x".repeat(500)));
    assertEquals("example.com", client("10.0.1.20", "198.51.100.7, example.com"));
  }

  @Test
  void rangesMatchTheirPrefixOnly() {
    AddressRange range = AddressRange.parse("192.168.4.0/22");
    assertTrue(range.contains(AddressRange.literal("192.168.7.255").orElseThrow()));
    assertFalse(range.contains(AddressRange.literal("192.168.8.0").orElseThrow()));
    assertFalse(range.contains(AddressRange.literal("::1").orElseThrow()));
    assertTrue(AddressRange.parse("127.0.0.1").contains(AddressRange.literal("127.0.0.1").get()));
  }

  @Test
  void aBadRangeIsRefusedAtOnce() {
    for (String bad : new String[] {"10.0.0.0/33", "intranet", "10.0.0.0/x", "300.1.1.1"}) {
      assertThrows(IllegalArgumentException.class, () -> AddressRange.parse(bad), bad);
    }
  }
}
