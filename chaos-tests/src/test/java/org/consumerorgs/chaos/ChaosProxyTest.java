package org.consumerorgs.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The proxy passes bytes both ways until it cuts, and a cut connection is dead at the client's end. */
class ChaosProxyTest {
  @Test
  void passesBytesThenCutsTheConnectionAndAcceptsNewOnes() throws Exception {
    try (ServerSocket echo = echoServer(); ChaosProxy proxy = new ChaosProxy("127.0.0.1", echo.getLocalPort())) {
      try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
        client.setSoTimeout(10_000);
        assertEquals("ping", roundTrip(client, "ping"));
        assertEquals(1, proxy.cutAll());
        assertTrue(isDead(client), "a cut connection must be closed at the client's end");
      }
      try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
        client.setSoTimeout(10_000);
        assertEquals("pong", roundTrip(client, "pong"));
      }
      assertEquals(2, proxy.connectionsAccepted());
      assertEquals(1, proxy.connectionsCut());
    }
  }

  private static String roundTrip(Socket client, String text) throws IOException {
    OutputStream out = client.getOutputStream();
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    byte[] answer = client.getInputStream().readNBytes(text.length());
    return new String(answer, StandardCharsets.US_ASCII);
  }

  /** Dead: the next read ends (reset or end of stream) instead of waiting for bytes. */
  private static boolean isDead(Socket client) {
    try {
      return client.getInputStream().read() < 0;
    } catch (IOException e) {
      return true;
    }
  }

  private static ServerSocket echoServer() throws IOException {
    ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket socket = server.accept();
          Thread echo = new Thread(() -> {
            try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
              in.transferTo(out);
            } catch (IOException e) {
              // the proxy cut it
            }
          });
          echo.setDaemon(true);
          echo.start();
        } catch (IOException e) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    return server;
  }
}
