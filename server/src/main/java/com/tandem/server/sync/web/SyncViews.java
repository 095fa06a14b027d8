package com.tandem.server.sync.web;

import com.tandem.server.sync.store.SyncRecords;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Turns the stored JSON of conflicts and held deletions into rows a page can show. */
@Component
class SyncViews {

  /** One field of a conflict: each side's value, the result, and whether the sides differ. */
  record FieldRow(String name, String crm, String microsoft, String result, boolean differs) {}

  /** A conflict with its fields side by side. */
  record ConflictView(SyncRecords.Conflict conflict, List<FieldRow> fields) {}

  /** One item a held deletion would delete. */
  record HoldItem(String title, String crmId, String microsoftId) {}

  /** A held deletion with its items. */
  record HoldView(SyncRecords.Hold hold, List<HoldItem> items) {}

  /** One user's row of an organization's overview. */
  record OverviewRow(SyncRecords.Member member, List<ResourceStatus> resources, long conflicts) {

    /** Held deletions waiting for a decision, over all resources. */
    public int waitingHolds() {
      return resources.stream().mapToInt(ResourceStatus::waitingHolds).sum();
    }
  }

  private final ObjectMapper json;

  SyncViews(ObjectMapper json) {
    this.json = json;
  }

  /** The conflict's fields; a version that is not a JSON object shows as one row. */
  ConflictView conflict(SyncRecords.Conflict c) {
    JsonNode crm = SyncJson.tree(json, c.crmFields());
    JsonNode microsoft = SyncJson.tree(json, c.microsoftFields());
    JsonNode result = SyncJson.tree(json, c.resultFields());
    List<FieldRow> rows = new ArrayList<>();
    if (isObject(crm) || isObject(microsoft)) {
      Set<String> names = new LinkedHashSet<>();
      for (JsonNode node : new JsonNode[] {crm, microsoft, result}) {
        if (isObject(node)) {
          for (Map.Entry<String, JsonNode> e : node.properties()) {
            names.add(e.getKey());
          }
        }
      }
      for (String name : names) {
        String a = value(crm, name);
        String b = value(microsoft, name);
        rows.add(new FieldRow(name, a, b, value(result, name), !same(a, b)));
      }
    } else {
      String a = show(crm);
      String b = show(microsoft);
      rows.add(new FieldRow(null, a, b, show(result), !same(a, b)));
    }
    return new ConflictView(c, rows);
  }

  /** The hold's items, as far as the stored list names them. */
  HoldView hold(SyncRecords.Hold h) {
    JsonNode deletions = SyncJson.tree(json, h.deletions());
    List<HoldItem> items = new ArrayList<>();
    if (deletions != null && deletions.isArray()) {
      for (JsonNode d : deletions) {
        if (d.isObject()) {
          // A held deletion stores the links it would end: ids plus the fields last synced.
          JsonNode synced = d.get("synced");
          String title = first(d, "title", "subject");
          if (title == null && isObject(synced)) {
            title = first(synced, "title", "subject");
          }
          items.add(
              new HoldItem(
                  title, first(d, "crmId", "crm_id"), first(d, "microsoftId", "microsoft_id")));
        } else {
          items.add(new HoldItem(show(d), null, null));
        }
      }
    }
    return new HoldView(h, items);
  }

  private static boolean isObject(JsonNode node) {
    return node != null && node.isObject();
  }

  private static String value(JsonNode node, String name) {
    return isObject(node) ? show(node.get(name)) : null;
  }

  private static String first(JsonNode node, String... names) {
    for (String name : names) {
      String v = show(node.get(name));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String show(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return node.isString() ? node.asString() : node.toString();
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
