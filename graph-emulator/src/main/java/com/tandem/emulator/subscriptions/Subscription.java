package com.tandem.emulator.subscriptions;

import com.tandem.emulator.directory.Account;
import com.tandem.emulator.http.Json;
import java.time.Instant;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** One change-notification subscription. */
record Subscription(
    String id,
    String resource,
    String changeType,
    Set<String> changeTypes,
    String notificationUrl,
    String lifecycleUrl,
    String clientState,
    Instant expiration,
    String clientId,
    String creatorId,
    String ownerId,
    String collection,
    String tenantGuid) {

  Subscription withExpiration(Instant exp) {
    return new Subscription(
        id,
        resource,
        changeType,
        changeTypes,
        notificationUrl,
        lifecycleUrl,
        clientState,
        exp,
        clientId,
        creatorId,
        ownerId,
        collection,
        tenantGuid);
  }

  ObjectNode render() {
    ObjectNode s = Json.object();
    s.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#subscriptions/$entity");
    s.put("id", id);
    s.put("resource", resource);
    s.put("applicationId", clientId);
    s.put("changeType", changeType);
    s.put("clientState", clientState);
    s.put("notificationUrl", notificationUrl);
    s.put("lifecycleNotificationUrl", lifecycleUrl);
    s.put("expirationDateTime", Json.instant(expiration));
    s.put("creatorId", creatorId == null ? clientId : creatorId);
    s.put("latestSupportedTlsVersion", "v1_2");
    s.putNull("encryptionCertificate");
    s.putNull("encryptionCertificateId");
    s.put("includeResourceData", false);
    s.putNull("notificationQueryOptions");
    s.putNull("notificationUrlAppId");
    return s;
  }

  ObjectNode notification(
      Account owner, String type, String itemId, String odataType, String etag) {
    ObjectNode body = Json.object();
    ObjectNode n = body.putArray("value").addObject();
    n.put("id", com.tandem.emulator.directory.Ids.secret(12));
    n.put("subscriptionId", id);
    n.put("subscriptionExpirationDateTime", Json.instant(expiration));
    n.put("clientState", clientState);
    n.put("changeType", type);
    String kind =
        collection.endsWith("tasks")
            ? collection + "/"
            : odataType.contains("message") ? "Messages/" : "Events/";
    String path = "Users/" + owner.id() + "/" + kind + itemId;
    n.put("resource", path);
    n.put("tenantId", tenantGuid);
    ObjectNode data = n.putObject("resourceData");
    data.put("@odata.type", odataType);
    data.put("@odata.id", path);
    if (etag != null) {
      data.put("@odata.etag", etag);
    }
    data.put("id", itemId);
    return body;
  }

  ObjectNode lifecycleEvent(String event) {
    ObjectNode body = Json.object();
    ObjectNode n = body.putArray("value").addObject();
    n.put("subscriptionId", id);
    n.put("subscriptionExpirationDateTime", Json.instant(expiration));
    n.put("tenantId", tenantGuid);
    n.put("clientState", clientState);
    n.put("lifecycleEvent", event);
    return body;
  }
}
