package org.consumerorgs.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy between the pools and a database server that can cut connections on demand: every byte is passed on
 * unchanged until a cut closes both sides at once with a reset, as a failing network, a load balancer or a firewall
 * does. Plain blocking sockets, two threads a connection: a few dozen connections at most.
 */
final class ChaosProxy implements AutoCloseable {
  private static final int CONNECT_TIMEOUT_MS = 3000;

  private final InetSocketAddress upstream;
  private final ServerSocket listener;
  private final Set<Pair> open = ConcurrentHashMap.newKeySet();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong cut = new AtomicLong();
  private volatile boolean closed;

  ChaosProxy(String upstreamHost, int upstreamPort) throws IOException {
    this.upstream = new InetSocketAddress(upstreamHost, upstreamPort);
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "chaos-proxy-accept-" + port());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The local port clients connect to instead of the server's. */
  int port() {
    return listener.getLocalPort();
  }

  /** Cuts every open connection; returns how many. */
  int cutAll() {
    return cut(List.copyOf(open));
  }

  /** Cuts each open connection with probability {@code share}; returns how many. */
  int cutSome(Random random, double share) {
    return cut(List.copyOf(open).stream().filter(pair -> random.nextDouble() < share).toList());
  }

  long connectionsAccepted() {
    return accepted.get();
  }

  long connectionsCut() {
    return cut.get();
  }

  @Override
  public void close() {
    closed = true;
    closeQuietly(listener);
    cutAll();
  }

  private int cut(List<Pair> victims) {
    int count = 0;
    for (Pair pair : victims) {
      if (open.remove(pair)) {
        pair.reset();
        cut.incrementAndGet();
        count++;
      }
    }
    return count;
  }

  private void acceptLoop() {
    while (!closed) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        return; // closed
      }
      accepted.incrementAndGet();
      Socket server = new Socket();
      try {
        server.connect(upstream, CONNECT_TIMEOUT_MS);
      } catch (IOException e) {
        // The server is not there: the client sees its connection closed, as it would without the proxy.
        closeQuietly(client);
        closeQuietly(server);
        continue;
      }
      Pair pair = new Pair(client, server);
      open.add(pair);
      pump(pair, client, server, "up");
      pump(pair, server, client, "down");
    }
  }

  private void pump(Pair pair, Socket from, Socket to, String direction) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // cut, or closed by the other side
      } finally {
        if (open.remove(pair)) {
          pair.close();
        }
      }
    }, "chaos-proxy-" + direction + "-" + from.getPort());
    thread.setDaemon(true);
    thread.start();
  }

  /** One client connection and the server connection it was joined to. */
  private record Pair(Socket client, Socket server) {
    /** Linger 0: closing sends a reset, not an orderly end, so both ends learn at once that the line is dead. */
    void reset() {
      for (Socket socket : List.of(client, server)) {
        try {
          socket.setSoLinger(true, 0);
        } catch (IOException e) {
          // already closed
        }
      }
      close();
    }

    void close() {
      closeQuietly(client);
      closeQuietly(server);
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // nothing left to do
    }
  }
}
