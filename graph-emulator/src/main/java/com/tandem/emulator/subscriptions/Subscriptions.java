package com.tandem.emulator.subscriptions;

import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Directory;
import com.tandem.emulator.directory.Ids;
import com.tandem.emulator.graph.ChangeSink;
import com.tandem.emulator.graph.GraphEndpoint;
import com.tandem.emulator.graph.SchemaNames;
import com.tandem.emulator.http.ApiRequest;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import com.tandem.emulator.identity.Grant;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /subscriptions}: create (with validation), renew, delete; delivers notifications. */
public final class Subscriptions implements ChangeSink, GraphEndpoint.Extension {
  private static final Set<String> CHANGE_TYPES = Set.of("created", "updated", "deleted");

  private final Map<String, Subscription> subs = new ConcurrentHashMap<>();
  private final Delivery delivery = new Delivery();
  private volatile Directory directory;
  private volatile Duration maxLifetime = Duration.ofMinutes(4230);

  /** Connects to the directory (resolving users, the clock). */
  public void wire(Directory directory) {
    this.directory = directory;
  }

  /** Sets the longest subscription lifetime accepted. */
  public void maxLifetime(Duration max) {
    this.maxLifetime = max;
  }

  /** Forgets all subscriptions. */
  public void clear() {
    subs.clear();
  }

  /** Stops delivering. */
  public void close() {
    delivery.close();
  }

  @Override
  public ApiResponse handle(ApiRequest request, Grant grant, String origin) {
    List<String> seg = SchemaNames.segments(request.segments(1));
    String method = request.method();
    if (seg.size() == 1) {
      if (method.equals("POST")) {
        return ApiResponse.json(201, create(SchemaNames.body(request.json()), grant).render());
      }
      if (method.equals("GET")) {
        ObjectNode body = Json.object();
        var value = body.putArray("value");
        subs.values().stream()
            .filter(s -> s.clientId().equals(grant.clientId()))
            .forEach(s -> value.add(s.render()));
        return ApiResponse.json(200, body);
      }
    } else if (seg.size() == 2) {
      Subscription sub = subs.get(seg.get(1));
      if (sub == null || !sub.clientId().equals(grant.clientId())) {
        throw new GraphException(404, "ResourceNotFound", "The object was not found.");
      }
      switch (method) {
        case "GET":
          return ApiResponse.json(200, sub.render());
        case "PATCH":
          Instant exp = expiration(SchemaNames.body(request.json()));
          Subscription renewed = sub.withExpiration(exp);
          subs.put(sub.id(), renewed);
          return ApiResponse.json(200, renewed.render());
        case "DELETE":
          subs.remove(sub.id());
          return ApiResponse.empty(204);
        default:
          break;
      }
    }
    throw GraphException.badRequest("BadRequest", "Unsupported subscription request.");
  }

  private Subscription create(JsonNode body, Grant grant) {
    String url = Json.text(body, "notificationUrl");
    String resource = Json.text(body, "resource");
    String changeType = Json.text(body, "changeType");
    if (url == null || resource == null || changeType == null) {
      throw GraphException.badRequest(
          "InvalidRequest", "changeType, notificationUrl and resource are required.");
    }
    // A set, not Set.of: a type named twice would make Set.of throw and the answer a 500.
    Set<String> types = new LinkedHashSet<>(Arrays.asList(changeType.split(",")));
    if (!CHANGE_TYPES.containsAll(types)) {
      throw GraphException.badRequest("InvalidRequest", "Invalid changeType '" + changeType + "'.");
    }
    String clientState = Json.text(body, "clientState");
    if (clientState != null && clientState.length() > 128) {
      throw GraphException.badRequest(
          "InvalidRequest", "clientState must be at most 128 characters.");
    }
    Instant exp = expiration(body);
    Target target = Target.parse(resource, grant, directory);
    String lifecycle = Json.text(body, "lifecycleNotificationUrl");
    delivery.validate(url);
    if (lifecycle != null) {
      delivery.validate(lifecycle);
    }
    Subscription sub =
        new Subscription(
            Ids.guid(),
            resource,
            changeType,
            types,
            url,
            lifecycle,
            clientState,
            exp,
            grant.clientId(),
            grant.userId() == null ? null : grant.userId(),
            target.owner().id(),
            target.collection(),
            directory.require(grant.tenantId()).guid());
    subs.put(sub.id(), sub);
    return sub;
  }

  private Instant expiration(JsonNode body) {
    String text = Json.text(body, "expirationDateTime");
    if (text == null) {
      throw GraphException.badRequest("InvalidRequest", "expirationDateTime is required.");
    }
    Instant exp;
    try {
      exp = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw GraphException.badRequest(
          "InvalidRequest", "expirationDateTime is not a date and time.");
    }
    Instant now = directory.clock().instant();
    if (!exp.isAfter(now)) {
      throw GraphException.badRequest(
          "InvalidRequest", "Subscription expiration must be in the future.");
    }
    if (exp.isAfter(now.plus(maxLifetime))) {
      throw GraphException.badRequest(
          "InvalidRequest",
          "Subscription expiration can only be "
              + maxLifetime.toMinutes()
              + " minutes in the future.");
    }
    return exp;
  }

  @Override
  public void changed(
      Account owner,
      String collection,
      String itemId,
      String changeType,
      String odataType,
      String etag) {
    if (subs.isEmpty()) {
      return;
    }
    Instant now = directory.clock().instant();
    for (Subscription s : subs.values()) {
      if (s.ownerId().equals(owner.id())
          && s.collection().equalsIgnoreCase(collection)
          && s.changeTypes().contains(changeType)
          && s.expiration().isAfter(now)) {
        delivery.post(
            s.notificationUrl(), s.notification(owner, changeType, itemId, odataType, etag));
      }
    }
  }

  /** Sends a lifecycle event ({@code reauthorizationRequired}, …) for one subscription. */
  public void lifecycle(String subscriptionId, String event) {
    Subscription s = subs.get(subscriptionId);
    if (s == null) {
      throw new IllegalArgumentException("unknown subscription: " + subscriptionId);
    }
    if (s.lifecycleUrl() == null) {
      throw new IllegalArgumentException("the subscription has no lifecycleNotificationUrl");
    }
    delivery.post(s.lifecycleUrl(), s.lifecycleEvent(event));
    if (event.equals("subscriptionRemoved")) {
      subs.remove(subscriptionId);
    }
  }

  /** Sends {@code reauthorizationRequired} for every subscription on a user's mailbox. */
  public void reauthorizeAll(String userId) {
    for (Subscription s : new ArrayList<>(subs.values())) {
      if (s.ownerId().equals(userId) && s.lifecycleUrl() != null) {
        delivery.post(s.lifecycleUrl(), s.lifecycleEvent("reauthorizationRequired"));
      }
    }
  }
}
