package com.tandem.emulator.delta;

import com.tandem.emulator.directory.Directory;
import com.tandem.emulator.http.ApiRequest;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Serves delta rounds from a {@link ChangeLog}: pages, next links and the final delta link. */
public final class DeltaPager {
  /** RFC 7240: preference names in any case, values as a token or a quoted string. */
  private static final Pattern MAX_PAGE =
      Pattern.compile("(?i)odata\\.maxpagesize\\s*=\\s*(\"?)(\\d+)\\1");

  private static final int MAX_PAGE_SIZE = 100_000;

  /** Turns one change into zero or more delta items. */
  public interface Renderer {
    /** Adds the items for {@code change} (seen through {@code token}) to {@code out}. */
    void render(ChangeLog.Change change, DeltaToken token, List<JsonNode> out);
  }

  private final Directory directory;

  /** A pager over the directory's sequence and token epoch. */
  public DeltaPager(Directory directory) {
    this.directory = directory;
  }

  /** The token a request continues from, or a fresh initial token when it has none. */
  public DeltaToken token(ApiRequest request, String scope, long windowStart, long windowEnd) {
    String skip = request.query().get("$skiptoken");
    String delta = request.query().get("$deltatoken");
    DeltaToken token;
    if (skip != null) {
      token = DeltaToken.decode(skip);
    } else if (delta != null) {
      DeltaToken d = DeltaToken.decode(delta);
      token =
          new DeltaToken(
              d.scope(),
              d.epoch(),
              d.since(),
              directory.currentSequence(),
              d.since(),
              false,
              d.windowStart(),
              d.windowEnd());
    } else {
      return new DeltaToken(
          scope,
          directory.deltaEpoch(),
          0,
          directory.currentSequence(),
          0,
          true,
          windowStart,
          windowEnd);
    }
    if (!token.scope().equals(scope)) {
      throw GraphException.badRequest(
          "syncStateInvalid", "The sync state token does not belong to this collection.");
    }
    if (token.epoch() < directory.deltaEpoch()) {
      throw new GraphException(
          410, "syncStateNotFound", "The sync state generation was not found. Restart sync.");
    }
    return token;
  }

  /** The page size asked for by {@code Prefer: odata.maxpagesize}, else {@code fallback}. */
  public static int pageSize(ApiRequest request, int fallback) {
    String prefer = request.header("Prefer");
    if (prefer != null) {
      Matcher m = MAX_PAGE.matcher(prefer);
      if (m.find()) {
        String digits = m.group(2);
        long asked = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
        return (int) Math.max(1, Math.min(asked, MAX_PAGE_SIZE));
      }
    }
    return fallback;
  }

  /** Serves one page of the round {@code token} describes. */
  public ApiResponse page(
      ApiRequest request,
      DeltaToken token,
      ChangeLog log,
      Renderer renderer,
      String linkBase,
      int pageSize) {
    return page(request, token, log, renderer, linkBase, pageSize, 0);
  }

  /**
   * Serves one page of the round {@code token} describes; an initial round ends once it has served
   * {@code cap} items (0: no cap), as Graph ends a filtered message round at 5,000.
   */
  public ApiResponse page(
      ApiRequest request,
      DeltaToken token,
      ChangeLog log,
      Renderer renderer,
      String linkBase,
      int pageSize,
      int cap) {
    List<JsonNode> items = new ArrayList<>();
    long last = token.after();
    boolean exhausted = false;
    int room = pageSize;
    if (cap > 0 && token.initial()) {
      room = (int) Math.max(0, Math.min(pageSize, cap - token.served()));
      if (room == 0) {
        exhausted = true;
      }
    }
    while (!exhausted && items.size() < room) {
      List<ChangeLog.Change> batch = log.between(last, token.upTo(), pageSize);
      if (batch.isEmpty()) {
        exhausted = true;
        break;
      }
      for (ChangeLog.Change change : batch) {
        last = change.seq();
        if (!(change.removed() && token.initial())) {
          renderer.render(change, token, items);
        }
        if (items.size() >= room) {
          break;
        }
      }
    }
    if (!exhausted && log.between(last, token.upTo(), 1).isEmpty()) {
      exhausted = true;
    }
    if (!exhausted && cap > 0 && token.initial() && token.served() + items.size() >= cap) {
      exhausted = true;
    }
    ObjectNode body = Json.object();
    body.put("@odata.context", linkBase.replaceFirst("/v1\\.0/.*", "/v1.0/\\$metadata"));
    if (exhausted) {
      DeltaToken next =
          new DeltaToken(
              token.scope(),
              token.epoch(),
              token.upTo(),
              token.upTo(),
              token.upTo(),
              false,
              token.windowStart(),
              token.windowEnd());
      body.put(
          "@odata.deltaLink", linkBase + "?" + carried(request) + "$deltatoken=" + next.encode());
    } else {
      DeltaToken next =
          new DeltaToken(
              token.scope(),
              token.epoch(),
              token.since(),
              token.upTo(),
              last,
              token.initial(),
              token.windowStart(),
              token.windowEnd(),
              token.served() + items.size());
      body.put(
          "@odata.nextLink", linkBase + "?" + carried(request) + "$skiptoken=" + next.encode());
    }
    body.set("value", Json.array().addAll(items));
    ApiResponse response = ApiResponse.json(200, body);
    if (request.header("Prefer") != null && MAX_PAGE.matcher(request.header("Prefer")).find()) {
      response.header("Preference-Applied", "odata.maxpagesize=" + pageSize);
    }
    return response;
  }

  /**
   * The query options the links keep, as Graph keeps them in its tokens: a round asked with {@code
   * $expand} or {@code $select} goes on with them.
   */
  private static String carried(ApiRequest request) {
    StringBuilder out = new StringBuilder();
    for (String name : List.of("$select", "$expand")) {
      String value = request.query().get(name);
      if (value != null) {
        out.append(name)
            .append('=')
            .append(
                java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"))
            .append('&');
      }
    }
    return out.toString();
  }

  /** A removal entry: {@code {"@odata.type", "id", "@removed":{"reason":"deleted"}}}. */
  public static ObjectNode removed(String odataType, String id) {
    ObjectNode node = Json.object();
    if (odataType != null) {
      node.put("@odata.type", odataType);
    }
    node.put("id", id);
    node.putObject("@removed").put("reason", "deleted");
    return node;
  }
}
