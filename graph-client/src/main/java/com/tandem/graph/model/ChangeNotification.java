package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One change notification Graph posted to Tandem's webhook: a signal to run delta, not data.
 *
 * @param id the notification's id
 * @param subscriptionId the subscription it belongs to
 * @param subscriptionExpirationDateTime when the subscription expires
 * @param clientState the secret Tandem set on the subscription, to check
 * @param changeType {@code created}, {@code updated} or {@code deleted}
 * @param resource the changed resource's path
 * @param tenantId the tenant
 * @param lifecycleEvent for lifecycle notifications: {@code reauthorizationRequired}, {@code
 *     subscriptionRemoved} or {@code missed}
 * @param resourceData the changed item's type and id
 */
public record ChangeNotification(
    String id,
    String subscriptionId,
    Instant subscriptionExpirationDateTime,
    String clientState,
    String changeType,
    String resource,
    String tenantId,
    String lifecycleEvent,
    ResourceData resourceData) {

  /**
   * The changed item as the notification names it.
   *
   * @param type {@code @odata.type}
   * @param odataId {@code @odata.id}
   * @param etag {@code @odata.etag}
   * @param id the item's id
   */
  public record ResourceData(
      @JsonProperty("@odata.type") String type,
      @JsonProperty("@odata.id") String odataId,
      @JsonProperty("@odata.etag") String etag,
      String id) {}
}
