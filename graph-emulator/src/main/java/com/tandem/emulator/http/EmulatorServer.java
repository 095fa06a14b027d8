package com.tandem.emulator.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The loopback HTTP/1.1 server: one thread per connection, blocking IO.
 *
 * <p>The emulator reads requests itself instead of through the JDK's {@code HttpServer}, which
 * parses every request target with {@code java.net.URI} before any handler runs and answers an HTML
 * page to targets Graph accepts: raw {@code { } |} in extended-property ids, a stray {@code %}.
 * Reading the wire here costs less than putting a rewriting proxy in front of the JDK server (one
 * loopback hop and one copy of each byte fewer), and answers what it cannot read in Graph's JSON
 * error shape.
 */
public final class EmulatorServer {
  static {
    // The JDK HttpServers that run beside the emulator in the same JVM (the benchmark's counting
    // proxy, tests' notification receivers) have had TCP_NODELAY from this line since the
    // emulator ran on the JDK server; without it each of their keep-alive answers waits ~40 ms
    // for a delayed ACK. The JDK server reads the property once, before its first use.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final int IDLE_MILLIS = 30_000;

  private final ServerSocket listener;
  private final ExecutorService connections;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;

  /** Starts serving on 127.0.0.1:{@code port} (0 = a free port); errors dated by {@code clock}. */
  public EmulatorServer(int port, BiFunction<ApiRequest, String, ApiResponse> handler, Clock clock)
      throws IOException {
    listener = new ServerSocket();
    listener.setReuseAddress(true);
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
    connections =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> daemon(r, "graph-emulator"));
    String origin = "http://127.0.0.1:" + port();
    acceptor = daemon(() -> accept(handler, clock, origin), "graph-emulator-accept");
    acceptor.start();
  }

  private void accept(
      BiFunction<ApiRequest, String, ApiResponse> handler, Clock clock, String origin) {
    while (!listener.isClosed()) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        if (listener.isClosed()) {
          return;
        }
        continue;
      }
      try {
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(IDLE_MILLIS);
        open.add(socket);
        connections.execute(
            () -> {
              try {
                new HttpConnection(socket, handler, clock, origin).run();
              } finally {
                open.remove(socket);
              }
            });
      } catch (SocketException | RuntimeException e) {
        open.remove(socket);
        closeQuietly(socket);
      }
    }
  }

  /** The bound port. */
  public int port() {
    return listener.getLocalPort();
  }

  /** Stops accepting, closes every open connection and waits briefly for their threads. */
  public void stop() {
    closeQuietly(listener);
    open.forEach(EmulatorServer::closeQuietly);
    connections.shutdownNow();
    try {
      acceptor.join(2_000);
      connections.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // Already closed or going away: nothing to do.
    }
  }
}
