package com.tandem.server.sync.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.tandem.engine.reconcile.SyncFields;
import com.tandem.engine.reconcile.SyncLink;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of one resource's synced fields and links, as the sync tables store them; reading
 * back what was written gives equal values.
 *
 * @param <F> the kind of item
 */
final class FieldsJson<F extends SyncFields<F>> {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          // Only record components (their fields) are data; derived methods like instant() are not.
          .changeDefaultVisibility(
              visibility ->
                  visibility
                      .withFieldVisibility(JsonAutoDetect.Visibility.ANY)
                      .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                      .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private final Class<F> type;
  private final JavaType linkList;

  private FieldsJson(Class<F> type) {
    this.type = type;
    JavaType link = MAPPER.getTypeFactory().constructParametricType(SyncLink.class, type);
    this.linkList = MAPPER.getTypeFactory().constructCollectionType(List.class, link);
  }

  /** A codec of the given fields type. */
  static <F extends SyncFields<F>> FieldsJson<F> of(Class<F> type) {
    return new FieldsJson<>(type);
  }

  String write(F fields) {
    return fields == null ? null : MAPPER.writeValueAsString(fields);
  }

  F read(String json) {
    return json == null ? null : MAPPER.readValue(json, type);
  }

  String writeLinks(List<SyncLink<F>> links) {
    return MAPPER.writerFor(linkList).writeValueAsString(links);
  }

  List<SyncLink<F>> readLinks(String json) {
    return MAPPER.readValue(json, linkList);
  }
}
