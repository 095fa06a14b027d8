package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.GraphException;
import com.tandem.graph.errors.GraphServerException;
import com.tandem.graph.errors.MalformedResponseException;
import com.tandem.graph.errors.SyncStateExpiredException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntConsumer;
import tools.jackson.databind.JsonNode;

/** Sends one Graph request with Tandem's headers and maps every non-2xx answer to an exception. */
final class GraphHttp {

  private final HttpClient http;
  private final GraphEndpoints endpoints;
  private final AccessTokens tokens;
  private final int maxPageSize;
  private final Duration timeout;
  private final GraphErrors errors;
  private final MailboxConcurrency concurrency;
  private final IntConsumer responses;

  GraphHttp(
      HttpClient http,
      GraphEndpoints endpoints,
      AccessTokens tokens,
      int maxPageSize,
      Duration timeout,
      GraphErrors errors,
      MailboxConcurrency concurrency,
      IntConsumer responses) {
    this.http = http;
    this.endpoints = endpoints;
    this.tokens = tokens;
    this.maxPageSize = maxPageSize;
    this.timeout = timeout;
    this.errors = errors;
    this.concurrency = concurrency;
    this.responses = responses;
  }

  GraphErrors errors() {
    return errors;
  }

  /**
   * A GET of {@code uri} as a member of a {@code $batch}: its URL relative to the version, asking
   * for pages of the configured size like a single GET.
   */
  BatchRequest batchGet(String id, URI uri) {
    String base = endpoints.graphV1().getRawPath();
    String path = uri.getRawPath();
    if (!GraphUris.sameOrigin(uri, endpoints.graph()) || !path.startsWith(base + "/")) {
      throw new IllegalArgumentException("not a link of this Graph's v1.0: " + uri);
    }
    String relative = path.substring(base.length());
    if (uri.getRawQuery() != null) {
      relative += "?" + uri.getRawQuery();
    }
    return BatchRequest.get(id, relative).withHeader("Prefer", "odata.maxpagesize=" + maxPageSize);
  }

  /** The absolute URI of a path relative to {@code /v1.0}, with an optional encoded query. */
  URI uri(String path, Map<String, String> query) {
    String text = endpoints.graphV1() + path;
    return URI.create(query.isEmpty() ? text : text + "?" + GraphUris.query(query));
  }

  /**
   * A link Graph returned in a page ({@code @odata.nextLink}); one that does not point at the
   * configured Graph is refused, so that a bearer token never travels elsewhere.
   */
  URI returnedLink(String link, GraphError context) {
    URI uri = graphLink(link);
    if (uri == null) {
      throw new MalformedResponseException(context, null);
    }
    return uri;
  }

  /**
   * A delta or next link the caller stored; one for another Graph (e.g. a sandbox that moved) can
   * only be dropped, so it counts as an expired sync state.
   */
  URI storedLink(String link) {
    URI uri = graphLink(Checks.text(link, "link"));
    if (uri == null) {
      throw new SyncStateExpiredException(
          GraphError.of(
              "stored link",
              0,
              "linkForAnotherGraph",
              "the stored link does not point at " + endpoints.graph(),
              null),
          null);
    }
    return uri;
  }

  /**
   * A GET of a stored delta or next link as a member of a {@code $batch}; a link for another Graph
   * counts as an expired sync state, as in {@link #storedLink}.
   */
  BatchRequest batchResume(String id, String link) {
    URI uri = storedLink(link);
    if (!uri.getRawPath().startsWith(endpoints.graphV1().getRawPath() + "/")) {
      throw new SyncStateExpiredException(
          GraphError.of(
              "stored link", 0, "linkForAnotherGraph", "the stored link is not a v1.0 link", null),
          null);
    }
    return batchGet(id, uri);
  }

  private URI graphLink(String link) {
    try {
      URI uri = URI.create(link);
      return GraphUris.sameOrigin(uri, endpoints.graph()) ? uri : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A GET whose JSON answer is returned; collection reads ask for pages of the configured size. */
  JsonNode get(Mailbox mailbox, URI uri) {
    return json(send(mailbox, "GET", uri, null, Map.of()));
  }

  /** A write whose JSON answer is returned (null when Graph answered without a body). */
  JsonNode write(Mailbox mailbox, String method, URI uri, JsonNode body, String ifMatch) {
    Map<String, String> headers = ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch);
    GraphResponse response = send(mailbox, method, uri, body, headers);
    return response.body().length == 0 ? null : json(response);
  }

  /** Sends a request and throws the matching {@link GraphException} for any non-2xx status. */
  GraphResponse send(
      Mailbox mailbox, String method, URI uri, JsonNode body, Map<String, String> headers) {
    Objects.requireNonNull(mailbox, "mailbox == null");
    String request = method + " " + uri.getRawPath();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", "application/json")
            .header("Prefer", "IdType=\"ImmutableId\"")
            .header("client-request-id", UUID.randomUUID().toString());
    if ("GET".equals(method)) {
      builder.header("Prefer", "odata.maxpagesize=" + maxPageSize);
    }
    headers.forEach(builder::header);
    if (body == null) {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", "application/json");
      builder.method(
          method, HttpRequest.BodyPublishers.ofByteArray(GraphJson.MAPPER.writeValueAsBytes(body)));
    }
    String token = tokens.bearerToken(mailbox);
    HttpResponse<byte[]> response = exchange(mailbox, builder, token, request);
    if (response.statusCode() == 401) {
      // Graph may refuse a token before the expiry it was issued with: one forced refresh, then
      // one retry (Graph did not act on a request it refused as unauthenticated).
      String fresh = tokens.bearerTokenAfterRejection(mailbox, token);
      if (fresh != null && !fresh.equals(token)) {
        response = exchange(mailbox, builder, fresh, request);
      }
    }
    GraphResponse answer =
        new GraphResponse(request, response.statusCode(), response.headers(), response.body());
    if (answer.status() < 200 || answer.status() > 299) {
      throw errors.toException(request, answer.status(), answer.headers(), answer.body());
    }
    return answer;
  }

  /** Tells the response listener of an answer given inside a {@code $batch}. */
  void responded(int status) {
    responses.accept(status);
  }

  private HttpResponse<byte[]> exchange(
      Mailbox mailbox, HttpRequest.Builder builder, String token, String description) {
    HttpRequest built = builder.copy().setHeader("Authorization", "Bearer " + token).build();
    try (MailboxConcurrency.Slot slot = concurrency.acquire(mailbox, description)) {
      return exchange(built, description);
    }
  }

  private HttpResponse<byte[]> exchange(HttpRequest request, String description) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      responses.accept(response.statusCode());
      return response;
    } catch (IOException e) {
      responses.accept(0);
      throw new GraphServerException(
          GraphError.of(description, 0, null, "no response: " + e, null), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GraphServerException(GraphError.of(description, 0, null, "interrupted", null), e);
    }
  }

  private static JsonNode json(GraphResponse response) {
    return GraphJson.tree(response.body(), response.describe());
  }

  /** A 2xx answer from Graph. */
  record GraphResponse(String request, int status, HttpHeaders headers, byte[] body) {

    GraphError describe() {
      return GraphError.of(
          request, status, null, "unreadable body", headers.firstValue("request-id").orElse(null));
    }
  }
}
