package com.tandem.emulator.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of one connection, buffered: lines of a request head and the body framed by {@code
 * Content-Length} or {@code Transfer-Encoding: chunked}. Whatever is read past one request stays
 * buffered for the next, so keep-alive and pipelined requests follow each other exactly.
 */
final class HttpInput {
  private final InputStream in;
  private final byte[] buffer = new byte[16 * 1024];
  private int position;
  private int limit;

  HttpInput(InputStream in) {
    this.in = in;
  }

  /**
   * Reads one line without its CR LF (a bare LF ends a line too) as ISO-8859-1 text, so that each
   * byte stays one char; null at the end of the stream before any byte. 400 beyond {@code max}.
   */
  String readLine(int max) throws IOException {
    StringBuilder line = null;
    while (true) {
      if (position == limit && fill() < 0) {
        if (line == null) {
          return null;
        }
        throw new EOFException("the stream ended inside a line");
      }
      int start = position;
      int newline = start;
      while (newline < limit && buffer[newline] != '\n') {
        newline++;
      }
      int length = newline - start;
      if ((line == null ? 0 : line.length()) + length > max) {
        throw GraphException.badRequest(
            "BadRequest", "A line of the request head is longer than " + max + " bytes.");
      }
      boolean complete = newline < limit;
      position = complete ? newline + 1 : limit;
      if (line == null && complete) {
        boolean cr = length > 0 && buffer[newline - 1] == '\r';
        return new String(buffer, start, cr ? length - 1 : length, StandardCharsets.ISO_8859_1);
      }
      if (line == null) {
        line = new StringBuilder(length * 2);
      }
      line.append(new String(buffer, start, length, StandardCharsets.ISO_8859_1));
      if (complete) {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r'
            ? line.substring(0, end - 1)
            : line.toString();
      }
    }
  }

  /** Reads exactly {@code length} bytes. */
  byte[] readFixed(long length) throws IOException {
    byte[] out = new byte[Math.toIntExact(length)];
    readFully(out, 0, out.length);
    return out;
  }

  /** Reads a chunked body (RFC 9112 section 7.1) up to {@code max} bytes, skipping trailers. */
  byte[] readChunked(long max) throws IOException {
    byte[] out = new byte[0];
    int size = 0;
    while (true) {
      String line = readLine(4096);
      if (line == null) {
        throw new EOFException("the stream ended inside a chunked body");
      }
      long chunk = chunkSize(line);
      if (chunk == 0) {
        break;
      }
      if (size + chunk > max) {
        throw new GraphException(413, "RequestEntityTooLarge", "The request body is too large.");
      }
      if (out.length < size + chunk) {
        out = Arrays.copyOf(out, (int) Math.max(size + chunk, Math.min(max, out.length * 2L)));
      }
      readFully(out, size, (int) chunk);
      size += (int) chunk;
      String end = readLine(16);
      if (end == null || !end.isEmpty()) {
        throw GraphException.badRequest(
            "BadRequest", "A chunk of the body is not followed by CRLF.");
      }
    }
    for (int trailers = 0; ; trailers++) {
      String trailer = readLine(8192);
      if (trailer == null || trailers > 100) {
        throw GraphException.badRequest("BadRequest", "The chunked body's trailer does not end.");
      }
      if (trailer.isEmpty()) {
        return size == out.length ? out : Arrays.copyOf(out, size);
      }
    }
  }

  private static long chunkSize(String line) {
    int semicolon = line.indexOf(';');
    String hex = (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
    if (hex.isEmpty() || hex.length() > 15) {
      throw GraphException.badRequest("BadRequest", "Invalid chunk size '" + line + "'.");
    }
    try {
      return Long.parseLong(hex, 16);
    } catch (NumberFormatException e) {
      throw GraphException.badRequest("BadRequest", "Invalid chunk size '" + line + "'.");
    }
  }

  /** Reads and drops whatever the peer still sends, for at most {@code max} bytes. */
  void drain(int max) throws IOException {
    int dropped = limit - position;
    position = limit;
    while (dropped < max && fill() > 0) {
      dropped += limit - position;
      position = limit;
    }
  }

  private void readFully(byte[] out, int offset, int length) throws IOException {
    int buffered = Math.min(length, limit - position);
    System.arraycopy(buffer, position, out, offset, buffered);
    position += buffered;
    int done = buffered;
    while (done < length) {
      int n = in.read(out, offset + done, length - done);
      if (n < 0) {
        throw new EOFException("the stream ended inside the body");
      }
      done += n;
    }
  }

  private int fill() throws IOException {
    position = 0;
    limit = 0;
    int n = in.read(buffer, 0, buffer.length);
    if (n > 0) {
      limit = n;
    }
    return n;
  }
}
