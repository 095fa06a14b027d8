package com.tandem.emulator.http;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A request line and its header fields as they came off the wire, with what they say about the
 * connection (keep-alive, {@code Expect: 100-continue}) and about how the body is framed.
 *
 * @param method the method, as sent
 * @param target the request target as handlers read it (see {@link #target(String)})
 * @param http10 whether the request is HTTP/1.0, whose connections close unless asked otherwise
 * @param headers the header fields, names in any case, repeated fields joined with commas
 */
record RequestHead(String method, String target, boolean http10, Map<String, String> headers) {
  private static final int MAX_LINE = 64 * 1024;
  private static final int MAX_FIELDS = 200;
  private static final long MAX_BODY = 128L * 1024 * 1024;
  private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~";
  private static final Pattern VERSION = Pattern.compile("HTTP/\\d\\.\\d");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
  private static final Pattern CHUNKED = Pattern.compile("(?i)chunked(\\s*,\\s*chunked)*");

  /** Reads the next head, or null when the peer closed the connection between two requests. */
  static RequestHead read(HttpInput in) throws IOException {
    String line = in.readLine(MAX_LINE);
    // RFC 9112 section 2.2: a server ought to ignore empty lines received before a request line.
    for (int skipped = 0; line != null && line.isEmpty() && skipped < 8; skipped++) {
      line = in.readLine(MAX_LINE);
    }
    if (line == null) {
      return null;
    }
    int first = line.indexOf(' ');
    int last = line.lastIndexOf(' ');
    if (first <= 0 || last == first || !isToken(line.substring(0, first))) {
      throw notHttp();
    }
    String version = line.substring(last + 1);
    if (!VERSION.matcher(version).matches()) {
      throw notHttp();
    }
    if (version.charAt(5) != '1') {
      throw new GraphException(
          505, "HttpVersionNotSupported", "Only HTTP/1.0 and HTTP/1.1 are served here.");
    }
    String target = target(line.substring(first + 1, last));
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String name = null;
    for (int fields = 0; ; fields++) {
      String field = in.readLine(MAX_LINE);
      if (field == null) {
        throw GraphException.badRequest("BadRequest", "The request head does not end.");
      }
      if (field.isEmpty()) {
        break;
      }
      if (fields >= MAX_FIELDS) {
        throw GraphException.badRequest("BadRequest", "The request has too many header fields.");
      }
      if ((field.charAt(0) == ' ' || field.charAt(0) == '\t') && name != null) {
        // An obsolete folded line continues the field before it.
        headers.merge(name, field.trim(), (a, b) -> a + " " + b);
        continue;
      }
      int colon = field.indexOf(':');
      name = colon <= 0 ? null : field.substring(0, colon).trim();
      if (name == null || !isToken(name)) {
        throw GraphException.badRequest("BadRequest", "Malformed header field '" + field + "'.");
      }
      headers.merge(name, field.substring(colon + 1).trim(), (a, b) -> a + "," + b);
    }
    return new RequestHead(line.substring(0, first), target, version.equals("HTTP/1.0"), headers);
  }

  /**
   * The request target as handlers read it. Graph accepts targets holding characters that {@code
   * java.net.URI} refuses ({@code { } | \ ^ ` " < >}, a {@code %} not starting an escape), so they
   * pass unchanged and the decoder reads a stray {@code %} as itself; bytes above 0x7F become
   * {@code %XX}, to be decoded as the UTF-8 they are. An absolute-form target keeps only its path
   * and query. Spaces and control characters cannot be part of a target: 400.
   */
  static String target(String raw) {
    String target = raw;
    if (target.regionMatches(true, 0, "http://", 0, 7)
        || target.regionMatches(true, 0, "https://", 0, 8)) {
      int slash = target.indexOf('/', target.indexOf("//") + 2);
      target = slash < 0 ? "/" : target.substring(slash);
    }
    if (target.isEmpty() || (target.charAt(0) != '/' && !target.equals("*"))) {
      throw GraphException.badRequest("BadRequest", "Invalid request target '" + raw + "'.");
    }
    StringBuilder out = null;
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c <= ' ' || c == 0x7F) {
        throw GraphException.badRequest(
            "BadRequest",
            c == ' '
                ? "The request target holds a space: percent-encode it as %20."
                : "The request target holds a control character.");
      }
      if (c > 0x7F && out == null) {
        out = new StringBuilder(target.length() + 16).append(target, 0, i);
      }
      if (out != null) {
        if (c > 0x7F) {
          out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
          out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? target : out.toString();
  }

  /** A header field's value, or null. */
  String header(String name) {
    return headers.get(name);
  }

  /** Whether the connection stays open after the answer (RFC 9112 section 9.3). */
  boolean keepAlive() {
    String connection = header("Connection");
    return http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");
  }

  /** Whether the client waits for {@code 100 Continue} before it sends the body. */
  boolean expectsContinue() {
    return !http10 && "100-continue".equalsIgnoreCase(header("Expect")) && hasBody();
  }

  /** Whether the body is chunked; 400 for a transfer coding other than chunked last. */
  boolean chunked() {
    String codings = header("Transfer-Encoding");
    if (codings == null) {
      return false;
    }
    if (!CHUNKED.matcher(codings.trim()).matches()) {
      throw GraphException.badRequest(
          "BadRequest", "Transfer-Encoding '" + codings + "' is not supported; send chunked.");
    }
    return true;
  }

  /** The body length {@code Content-Length} gives (0 when absent); 400 or 413 when unusable. */
  long contentLength() {
    String value = header("Content-Length");
    if (value == null) {
      return 0;
    }
    long length = -1;
    for (String part : value.split(",")) {
      String digits = part.trim();
      if (!DIGITS.matcher(digits).matches() || (length >= 0 && Long.parseLong(digits) != length)) {
        throw GraphException.badRequest("BadRequest", "Invalid Content-Length '" + value + "'.");
      }
      length = Long.parseLong(digits);
    }
    if (length > MAX_BODY) {
      throw new GraphException(413, "RequestEntityTooLarge", "The request body is too large.");
    }
    return length;
  }

  /** The body, framed by chunks or by {@code Content-Length}. */
  byte[] readBody(HttpInput in) throws IOException {
    return chunked() ? in.readChunked(MAX_BODY) : in.readFixed(contentLength());
  }

  private boolean hasBody() {
    return chunked() || contentLength() > 0;
  }

  private static boolean hasToken(String list, String token) {
    if (list == null) {
      return false;
    }
    for (String t : list.split(",")) {
      if (t.trim().equalsIgnoreCase(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 0x80) && TOKEN_CHARS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static GraphException notHttp() {
    return GraphException.badRequest("BadRequest", "The request line is not HTTP.");
  }
}
