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
import java.net.http.HttpResponse;
import java.util.List;
import kr.academy.support.Operator;
import org.junit.jupiter.api.Test;

/** What the local server shows to others: nothing off this machine, no secret in its dumps. */
class ExposureIT {

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
          Operator.port("ACADEMY_HTTP_PORT", System.getProperty("academy.http.port", "9080")),
          Operator.httpsPort()
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
    HttpResponse<String> dump = Operator.get("/ibm/api/config/resourceAdapter");
    assertEquals(200, dump.statusCode(), dump.body());
    assertTrue(dump.body().contains("\"accessKey\": \"******\""), dump.body());
    assertTrue(dump.body().contains("\"secretKey\": \"******\""), dump.body());
    assertFalse(dump.body().contains(System.getenv("ACADEMY_SQS_ACCESS_KEY")), dump.body());
  }
}
