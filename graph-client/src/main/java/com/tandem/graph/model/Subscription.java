package com.tandem.graph.model;

import com.tandem.graph.Checks;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A change-notification subscription: Graph posts to {@code notificationUrl} when the resource
 * changes, until {@code expirationDateTime}.
 *
 * @param id the subscription's id, read-only
 * @param resource what to watch, e.g. {@code /users/{id}/events} or {@code
 *     me/todo/lists/{id}/tasks}
 * @param changeType {@code created}, {@code updated}, {@code deleted}, comma-separated
 * @param notificationUrl where Graph posts changes
 * @param lifecycleNotificationUrl where Graph posts lifecycle events, or null
 * @param expirationDateTime when it expires unless renewed
 * @param clientState a secret of at most 128 characters, echoed in every notification
 */
public record Subscription(
    String id,
    String resource,
    String changeType,
    URI notificationUrl,
    URI lifecycleNotificationUrl,
    Instant expirationDateTime,
    String clientState) {

  private static final Set<String> CHANGE_TYPES = Set.of("created", "updated", "deleted");

  /** A subscription to create, checking the change types, URLs and client state. */
  public static Subscription of(
      String resource,
      String changeType,
      URI notificationUrl,
      URI lifecycleNotificationUrl,
      Instant expirationDateTime,
      String clientState) {
    Checks.text(resource, "resource");
    Checks.text(changeType, "changeType");
    for (String type : changeType.split(",")) {
      if (!CHANGE_TYPES.contains(type.trim())) {
        throw new IllegalArgumentException("unknown changeType: " + type);
      }
    }
    absolute(notificationUrl, "notificationUrl");
    if (lifecycleNotificationUrl != null) {
      absolute(lifecycleNotificationUrl, "lifecycleNotificationUrl");
    }
    Objects.requireNonNull(expirationDateTime, "expirationDateTime == null");
    if (clientState != null && clientState.length() > 128) {
      throw new IllegalArgumentException("clientState is longer than 128 characters");
    }
    return new Subscription(
        null,
        resource,
        changeType,
        notificationUrl,
        lifecycleNotificationUrl,
        expirationDateTime,
        clientState);
  }

  /** Hides the client state, which authenticates notifications. */
  @Override
  public String toString() {
    return "Subscription[id="
        + id
        + ", resource="
        + resource
        + ", changeType="
        + changeType
        + ", expirationDateTime="
        + expirationDateTime
        + "]";
  }

  private static void absolute(URI uri, String name) {
    Objects.requireNonNull(uri, name + " == null");
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException(name + " must be absolute: " + uri);
    }
  }
}
