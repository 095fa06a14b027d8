package com.tandem.graph.model;

/**
 * The body of an event, task or message.
 *
 * @param contentType {@code text} or {@code html}
 * @param content the text or HTML
 */
public record ItemBody(BodyType contentType, String content) {

  /** Reads a missing type as text and missing content as empty, as Graph does. */
  public ItemBody {
    contentType = contentType == null ? BodyType.TEXT : contentType;
    content = content == null ? "" : content;
  }

  /** A plain-text body. */
  public static ItemBody text(String content) {
    return new ItemBody(BodyType.TEXT, content);
  }

  /** An HTML body. */
  public static ItemBody html(String content) {
    return new ItemBody(BodyType.HTML, content);
  }
}
