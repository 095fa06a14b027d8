package com.tandem.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API takes bodies of JSON in UTF-8 only: a body of another media type gets 415, and one
 * that is not valid UTF-8 (overlong forms such as {@code C0 AF} for "/", surrogates, stray bytes)
 * gets 400, before anything reads it. A lenient decoder would turn {@code a\xC0\xAFb} into {@code
 * a/b} and store it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class JsonBodies extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!mayHaveBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (!json(request.getContentType())) {
      // Decided before reading: a form body may have been parsed into parameters already.
      ProblemResponses.write(
          response,
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Unsupported media type",
          "Send the request body as application/json in UTF-8.",
          null);
      return;
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes((int) RequestSizeLimit.LIMIT_BYTES + 1);
    }
    if (body.length > RequestSizeLimit.LIMIT_BYTES) {
      ProblemResponses.write(
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          "Request body too large",
          "The request body may hold at most 1 MB.",
          "body");
      return;
    }
    if (!utf8(body)) {
      ProblemResponses.write(
          response,
          HttpStatus.BAD_REQUEST,
          "Malformed request body",
          "The request body is not valid UTF-8.",
          "body");
      return;
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  private static boolean mayHaveBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  /** JSON ({@code application/json} or a {@code +json} type) in UTF-8, the only charset allowed. */
  static boolean json(String contentType) {
    if (contentType == null) {
      return false;
    }
    MediaType type;
    try {
      type = MediaType.parseMediaType(contentType);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
    boolean json =
        type.isCompatibleWith(MediaType.APPLICATION_JSON)
            || "application".equals(type.getType()) && type.getSubtype().endsWith("+json");
    String charset = type.getParameter("charset");
    return json
        && !type.isWildcardType()
        && !type.isWildcardSubtype()
        && (charset == null || charset.replace("\"", "").toUpperCase(Locale.ROOT).equals("UTF-8"));
  }

  /** Whether the bytes are well-formed UTF-8 (shortest forms only, no surrogates). */
  static boolean utf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The request with its body read once and handed out again from memory. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("bodies are read synchronously");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
