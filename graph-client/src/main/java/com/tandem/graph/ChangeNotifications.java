package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.errors.MalformedResponseException;
import com.tandem.graph.model.ChangeNotification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** Reads the body Graph posts to a notification URL. */
public final class ChangeNotifications {

  private ChangeNotifications() {}

  /** The notifications in a posted body ({@code {"value":[…]}}). */
  public static List<ChangeNotification> parse(String body) {
    Objects.requireNonNull(body, "body == null");
    GraphError context =
        GraphError.of("notification", 200, null, "not a change notification body", null);
    JsonNode root = GraphJson.tree(body.getBytes(StandardCharsets.UTF_8), context);
    JsonNode value = root.get("value");
    if (value == null || !value.isArray()) {
      throw new MalformedResponseException(context, null);
    }
    List<ChangeNotification> notifications = new ArrayList<>();
    for (JsonNode item : value) {
      notifications.add(GraphJson.value(item, ChangeNotification.class, context));
    }
    return List.copyOf(notifications);
  }
}
