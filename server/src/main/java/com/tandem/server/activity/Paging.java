package com.tandem.server.activity;

import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A page of a list: skip {@code offset} items, return at most {@code limit}. */
public record Paging(int offset, int limit) {

  /** The largest page the API returns. */
  static final int MAX_LIMIT = 500;

  /** Checks the request parameters, naming the bad one. */
  public static Paging of(int offset, int limit, ProblemMessages messages) {
    if (offset < 0) {
      throw messages.invalidParameter("offset", "notNegative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw messages.invalidParameter("limit", "outOfRange", 1, MAX_LIMIT);
    }
    return new Paging(offset, limit);
  }

  /**
   * The API's list answer {@code {items, offset, limit, hasMore}} from up to {@code limit + 1}
   * items read: the extra one only tells that more follow.
   */
  public <T> ObjectNode answer(List<T> found, Function<T, JsonNode> write) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    var items = body.putArray("items");
    found.stream().limit(limit).forEach(item -> items.add(write.apply(item)));
    body.put("offset", offset);
    body.put("limit", limit);
    body.put("hasMore", found.size() > limit);
    return body;
  }
}
