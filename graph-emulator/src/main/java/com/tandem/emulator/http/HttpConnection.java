package com.tandem.emulator.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;

/**
 * One client connection, served request after request on its own thread with blocking IO: HTTP/1.1
 * keep-alive (HTTP/1.0 when asked), {@code Expect: 100-continue}, chunked request bodies. A request
 * that cannot be read as HTTP gets Graph's JSON error and the connection closes.
 */
final class HttpConnection implements Runnable {
  private static final int SMALL_BODY = 64 * 1024;
  private static final byte[] CONTINUE =
      "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(200, "OK"),
          Map.entry(201, "Created"),
          Map.entry(202, "Accepted"),
          Map.entry(204, "No Content"),
          Map.entry(302, "Found"),
          Map.entry(303, "See Other"),
          Map.entry(304, "Not Modified"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(409, "Conflict"),
          Map.entry(410, "Gone"),
          Map.entry(412, "Precondition Failed"),
          Map.entry(413, "Payload Too Large"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(424, "Failed Dependency"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"),
          Map.entry(505, "HTTP Version Not Supported"));

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);
  private static volatile Stamp date = new Stamp(-1, "");

  private final Socket socket;
  private final BiFunction<ApiRequest, String, ApiResponse> handler;
  private final Clock clock;
  private final String defaultOrigin;

  HttpConnection(
      Socket socket,
      BiFunction<ApiRequest, String, ApiResponse> handler,
      Clock clock,
      String defaultOrigin) {
    this.socket = socket;
    this.handler = handler;
    this.clock = clock;
    this.defaultOrigin = defaultOrigin;
  }

  @Override
  public void run() {
    try (socket) {
      HttpInput in = new HttpInput(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (serve(in, out)) {
        // Keep-alive: the next request's head follows in the same stream.
      }
    } catch (IOException e) {
      // The peer went away or stayed silent past the idle timeout; nothing to answer.
    }
  }

  /** Serves one request; whether the connection stays open for another. */
  private boolean serve(HttpInput in, OutputStream out) throws IOException {
    RequestHead head = null;
    byte[] body;
    try {
      head = RequestHead.read(in);
      if (head == null) {
        return false;
      }
      if (head.expectsContinue()) {
        out.write(CONTINUE);
        out.flush();
      }
      body = head.readBody(in);
    } catch (GraphException e) {
      // The stream cannot be framed past this request: answer, then close.
      write(out, e.answer(requestId(), clientRequestId(head), clock.instant()), head, false);
      lingeringClose(in);
      return false;
    }
    String host = head.header("Host");
    String origin = host == null || host.isBlank() ? defaultOrigin : "http://" + host;
    ApiResponse response;
    try {
      response =
          handler.apply(ApiRequest.of(head.method(), head.target(), head.headers(), body), origin);
    } catch (GraphException e) {
      response = e.answer(requestId(), clientRequestId(head), clock.instant());
    } catch (RuntimeException e) {
      response =
          new GraphException(500, "InternalServerError", "An internal error occurred.")
              .answer(requestId(), clientRequestId(head), clock.instant());
    }
    if (response.dropped()) {
      return false;
    }
    boolean keepAlive = head.keepAlive();
    write(out, response, head, keepAlive);
    return keepAlive;
  }

  private void write(OutputStream out, ApiResponse response, RequestHead head, boolean keepAlive)
      throws IOException {
    int status = response.status();
    boolean noBody = status == 204 || status == 304 || status < 200;
    byte[] bytes = noBody ? new byte[0] : response.bytes();
    StringBuilder h = new StringBuilder(256);
    h.append("HTTP/1.1 ").append(status).append(' ').append(REASONS.getOrDefault(status, ""));
    h.append("\r\nDate: ").append(httpDate());
    response.headers().forEach((k, v) -> h.append("\r\n").append(k).append(": ").append(v));
    if (!noBody) {
      h.append("\r\nContent-Length: ").append(bytes.length);
    }
    if (!keepAlive) {
      h.append("\r\nConnection: close");
    } else if (head != null && head.http10()) {
      h.append("\r\nConnection: keep-alive");
    }
    h.append("\r\n\r\n");
    byte[] start = h.toString().getBytes(StandardCharsets.ISO_8859_1);
    boolean withBody = bytes.length > 0 && (head == null || !head.method().equals("HEAD"));
    if (withBody && bytes.length <= SMALL_BODY) {
      // One write, so that head and body leave in one segment.
      byte[] all = Arrays.copyOf(start, start.length + bytes.length);
      System.arraycopy(bytes, 0, all, start.length, bytes.length);
      out.write(all);
    } else {
      out.write(start);
      if (withBody) {
        out.write(bytes);
      }
    }
    out.flush();
  }

  /**
   * Closes after an error answer without resetting it away: closing a socket with unread input
   * makes TCP send RST, which can discard the answer before the client reads it.
   */
  private void lingeringClose(HttpInput in) {
    try {
      socket.shutdownOutput();
      socket.setSoTimeout(500);
      in.drain(1024 * 1024);
    } catch (IOException e) {
      // Closing anyway.
    }
  }

  private static String clientRequestId(RequestHead head) {
    return head == null ? null : head.header("client-request-id");
  }

  private static String requestId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return new UUID(r.nextLong(), r.nextLong()).toString();
  }

  /** The {@code Date} header's value, formatted once a second. */
  private static String httpDate() {
    long second = System.currentTimeMillis() / 1000;
    Stamp stamp = date;
    if (stamp.second() != second) {
      stamp = new Stamp(second, HTTP_DATE.format(Instant.ofEpochSecond(second)));
      date = stamp;
    }
    return stamp.text();
  }

  private record Stamp(long second, String text) {}
}
