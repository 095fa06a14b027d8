package com.tandem.engine.fields;

import java.util.Objects;

/**
 * A description or body text and whether it is HTML.
 *
 * @param content the text, never null
 * @param html whether {@code content} is HTML rather than plain text
 */
public record Body(String content, boolean html) {

  /** Checks the content. */
  public Body {
    Objects.requireNonNull(content, "content == null");
  }

  /** An empty plain-text body. */
  public static Body empty() {
    return new Body("", false);
  }

  /** A plain-text body. */
  public static Body text(String content) {
    return new Body(content, false);
  }

  /** An HTML body. */
  public static Body html(String content) {
    return new Body(content, true);
  }

  /** The normalized form compared across sides. */
  public String canonical() {
    String text = Canonical.text(content);
    if (text.isEmpty()) {
      // An empty body reads the same in either form.
      return "";
    }
    return (html ? "html:" : "text:") + (html ? text.replaceAll("\\s+", " ") : text);
  }

  /** Converts to Graph's itemBody. */
  public GraphBody toMicrosoft() {
    return new GraphBody(html ? "html" : "text", content);
  }

  /** Converts from Graph's itemBody; a missing body is empty text. */
  public static Body fromMicrosoft(GraphBody body) {
    if (body == null) {
      return empty();
    }
    return switch (body.contentType().toLowerCase(java.util.Locale.ROOT)) {
      case "html" -> html(body.content());
      case "text" -> text(body.content());
      default ->
          throw new IllegalArgumentException("unknown body content type: " + body.contentType());
    };
  }
}
