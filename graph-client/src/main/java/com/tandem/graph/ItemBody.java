package com.tandem.graph;

import java.util.Objects;

/**
 * The body of an event, task or message.
 *
 * @param contentType {@code text} or {@code html}
 * @param content the text or HTML
 */
public record ItemBody(BodyType contentType, String content) {

  /** Checks that both parts are present. */
  public ItemBody {
    Objects.requireNonNull(contentType, "contentType == null");
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
