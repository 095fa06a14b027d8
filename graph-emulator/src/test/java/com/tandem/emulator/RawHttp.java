package com.tandem.emulator;

import com.tandem.emulator.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * One TCP connection to the emulator that sends bytes exactly as given, for requests no HTTP client
 * library would send (raw braces, stray percent signs, pipelining, garbage).
 */
final class RawHttp implements AutoCloseable {
  /** An answer read off the wire. */
  record Answer(int status, Map<String, String> headers, String body) {
    JsonNode json() {
      return Json.MAPPER.readTree(body);
    }

    String header(String name) {
      return headers.get(name);
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  RawHttp(int port) {
    try {
      socket = new Socket(InetAddress.getLoopbackAddress(), port);
      socket.setSoTimeout(10_000);
      in = socket.getInputStream();
      out = socket.getOutputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A GET of {@code target} exactly as written, with a bearer token. */
  static String get(String target, String token) {
    return "GET "
        + target
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + token
        + "\r\n\r\n";
  }

  /** Sends text as UTF-8 bytes. */
  RawHttp send(String text) {
    return send(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends bytes. */
  RawHttp send(byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one answer: status line, headers and a body of {@code Content-Length} bytes. */
  Answer read() {
    try {
      String status = line();
      if (status == null) {
        throw new IllegalStateException("the connection closed before an answer");
      }
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String h = line(); h != null && !h.isEmpty(); h = line()) {
        int colon = h.indexOf(':');
        headers.put(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
      }
      int length = Integer.parseInt(headers.getOrDefault("Content-Length", "0"));
      byte[] body = in.readNBytes(length);
      return new Answer(
          Integer.parseInt(status.split(" ")[1]),
          headers,
          new String(body, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the emulator closed the connection (the next read sees the end of the stream). */
  boolean closedByPeer() {
    try {
      return in.read() < 0;
    } catch (IOException e) {
      return true;
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
