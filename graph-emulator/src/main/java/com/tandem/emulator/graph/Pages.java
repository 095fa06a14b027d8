package com.tandem.emulator.graph;

import com.tandem.emulator.delta.DeltaPager;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Collection answers: {@code $top}/{@code $skip} paging with {@code @odata.nextLink}. */
public final class Pages {
  private Pages() {}

  /** One page of {@code items} as the call asks for it. */
  public static ApiResponse of(GraphCall call, List<? extends JsonNode> items, int defaultSize) {
    List<Supplier<JsonNode>> lazy = new ArrayList<>(items.size());
    items.forEach(i -> lazy.add(() -> i));
    return lazy(call, lazy, defaultSize);
  }

  /** One page of items rendered only when they are on the page. */
  public static ApiResponse lazy(GraphCall call, List<Supplier<JsonNode>> items, int defaultSize) {
    Map<String, String> q = call.request().query();
    int top = number(q.get("$top"), DeltaPager.pageSize(call.request(), defaultSize));
    int skip = number(q.get("$skip"), 0);
    ObjectNode body = Json.object();
    body.put("@odata.context", call.linkBase().replaceFirst("/v1\\.0/.*", "/v1.0/\\$metadata"));
    int end = Math.min(items.size(), skip + top);
    var value = body.putArray("value");
    items.subList(Math.min(skip, end), end).forEach(i -> value.add(i.get()));
    if (end < items.size()) {
      String others =
          q.entrySet().stream()
              .filter(
                  e ->
                      !e.getKey().equalsIgnoreCase("$skip") && !e.getKey().equalsIgnoreCase("$top"))
              .map(e -> e.getKey() + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      body.put(
          "@odata.nextLink",
          call.selfLink()
              + "?"
              + (others.isEmpty() ? "" : others + "&")
              + "$top="
              + top
              + "&$skip="
              + end);
    }
    return ApiResponse.json(200, body);
  }

  private static String encode(String v) {
    return java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static int number(String text, int fallback) {
    if (text == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(text.trim());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n == 0 && fallback > 0 && text.equals("0") ? 0 : n;
    } catch (NumberFormatException e) {
      throw GraphException.badRequest("BadRequest", "Invalid value '" + text + "' for paging.");
    }
  }
}
