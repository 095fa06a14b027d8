package com.tandem.engine.fields;

import java.util.Objects;

/**
 * Graph's {@code itemBody}.
 *
 * @param contentType {@code "text"} or {@code "html"}
 * @param content the text
 */
public record GraphBody(String contentType, String content) {

  /** Checks the arguments; a null content reads as empty. */
  public GraphBody {
    Objects.requireNonNull(contentType, "contentType == null");
    content = content == null ? "" : content;
  }
}
