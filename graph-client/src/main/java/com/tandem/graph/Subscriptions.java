package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.MalformedResponseException;
import com.tandem.graph.model.Subscription;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Change-notification subscriptions: create, renew, delete. */
public final class Subscriptions {

  private final GraphHttp http;

  Subscriptions(GraphHttp http) {
    this.http = http;
  }

  /**
   * Creates a subscription with the mailbox's credentials; Graph first checks that the notification
   * URL echoes its {@code validationToken}.
   */
  public Subscription create(Mailbox mailbox, Subscription subscription) {
    Objects.requireNonNull(subscription, "subscription == null");
    ObjectNode body = GraphJson.object(subscription);
    body.remove("id");
    body.put("expirationDateTime", seconds(subscription.expirationDateTime()));
    return read(
        http.write(mailbox, "POST", http.uri("/subscriptions", Map.of()), body, null), "POST");
  }

  /** Moves a subscription's expiry. */
  public Subscription renew(Mailbox mailbox, String id, Instant expirationDateTime) {
    Objects.requireNonNull(expirationDateTime, "expirationDateTime == null");
    ObjectNode body =
        GraphJson.MAPPER.createObjectNode().put("expirationDateTime", seconds(expirationDateTime));
    String path = "/subscriptions/" + GraphUris.segment(Checks.text(id, "id"));
    return read(http.write(mailbox, "PATCH", http.uri(path, Map.of()), body, null), "PATCH");
  }

  /** Deletes a subscription. */
  public void delete(Mailbox mailbox, String id) {
    String path = "/subscriptions/" + GraphUris.segment(Checks.text(id, "id"));
    http.write(mailbox, "DELETE", http.uri(path, Map.of()), null, null);
  }

  private static String seconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static Subscription read(JsonNode json, String method) {
    GraphError context =
        GraphError.of(method + " /subscriptions", 200, null, "no subscription in answer", null);
    if (json == null) {
      throw new MalformedResponseException(context, null);
    }
    return GraphJson.value(json, Subscription.class, context);
  }
}
