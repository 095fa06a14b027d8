package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

@ExtendWith(GraphEmulatorExtension.class)
class TodoIT {
  GraphEmulator emulator;
  Http http;
  String tasks;

  @BeforeEach
  void setUp() {
    emulator.control().reset();
    http = Http.signedIn(emulator, "adele@contoso.test", "Tasks.ReadWrite");
    JsonNode lists = http.get("/v1.0/me/todo/lists").json().path("value");
    tasks = "/v1.0/me/todo/lists/" + lists.get(0).path("id").asString() + "/tasks";
  }

  @Test
  void everyMailboxStartsWithTheDefaultTasksList() {
    JsonNode lists = http.get("/v1.0/me/todo/lists").json().path("value");
    assertThat(lists).hasSize(1);
    assertThat(lists.get(0).path("displayName").asString()).isEqualTo("Tasks");
    assertThat(lists.get(0).path("wellknownListName").asString()).isEqualTo("defaultList");
  }

  @Test
  void listsCanBeCreatedRenamedAndDeletedButNotTheDefault() {
    Http.Answer created = http.post("/v1.0/me/todo/lists", "{\"displayName\":\"CRM\"}");
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().path("id").asString();
    assertThat(
            http.patch("/v1.0/me/todo/lists/" + id, "{\"displayName\":\"CRM 2\"}")
                .json()
                .path("displayName")
                .asString())
        .isEqualTo("CRM 2");
    assertThat(http.delete("/v1.0/me/todo/lists/" + id).status()).isEqualTo(204);
    assertThat(http.get("/v1.0/me/todo/lists/" + id).status()).isEqualTo(404);
    String def = http.get("/v1.0/me/todo/lists").json().path("value").get(0).path("id").asString();
    assertThat(http.delete("/v1.0/me/todo/lists/" + def).status()).isEqualTo(400);
  }

  @Test
  void tasksCarryStatusImportanceDatesAndInlineLinkedResources() {
    Http.Answer r =
        http.post(
            tasks,
            "{\"title\":\"Call\",\"importance\":\"high\",\"status\":\"inProgress\","
                + "\"dueDateTime\":{\"dateTime\":\"2026-02-01T00:00:00\",\"timeZone\":\"UTC\"},"
                + "\"linkedResources\":[{\"webUrl\":\"http://crm/1\",\"applicationName\":\"Tandem\",\"displayName\":\"CRM task\",\"externalId\":\"T-1\"}]}");
    assertThat(r.status()).isEqualTo(201);
    JsonNode task = r.json();
    assertThat(task.path("importance").asString()).isEqualTo("high");
    assertThat(task.at("/dueDateTime/dateTime").asString())
        .isEqualTo("2026-02-01T00:00:00.0000000");
    assertThat(task.at("/linkedResources/0/externalId").asString()).isEqualTo("T-1");
    String id = task.path("id").asString();
    JsonNode links = http.get(tasks + "/" + id + "/linkedResources").json().path("value");
    assertThat(links).hasSize(1);
    Http.Answer link =
        http.post(
            tasks + "/" + id + "/linkedResources",
            "{\"applicationName\":\"X\",\"displayName\":\"Y\"}");
    assertThat(link.status()).isEqualTo(201);
    Http.Answer done = http.patch(tasks + "/" + id, "{\"status\":\"completed\"}");
    assertThat(done.json().path("completedDateTime").isObject()).isTrue();
    assertThat(http.patch(tasks + "/" + id, "{\"status\":\"finished\"}").status()).isEqualTo(400);
    assertThat(http.delete(tasks + "/" + id).status()).isEqualTo(204);
    assertThat(http.get(tasks + "/" + id).status()).isEqualTo(404);
  }

  List<JsonNode> round(String first, String[] link) {
    List<JsonNode> items = new ArrayList<>();
    String next = first;
    while (next != null) {
      Http.Answer r = http.get(next, "Prefer", "odata.maxpagesize=4");
      assertThat(r.status()).as(r.text()).isEqualTo(200);
      r.json().path("value").forEach(items::add);
      next = r.json().path("@odata.nextLink").asString(null);
      link[0] = r.json().path("@odata.deltaLink").asString(null);
    }
    return items;
  }

  @Test
  void taskDeltaPagesThenReturnsChangesAndDeletions() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add(http.post(tasks, "{\"title\":\"T" + i + "\"}").json().path("id").asString());
    }
    String[] link = new String[1];
    assertThat(round(tasks + "/delta()", link)).hasSize(10);
    assertThat(round(link[0], link)).isEmpty();
    http.patch(tasks + "/" + ids.get(3), "{\"title\":\"Changed\"}");
    http.delete(tasks + "/" + ids.get(4));
    List<JsonNode> changes = round(link[0], link);
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).path("title").asString()).isEqualTo("Changed");
    assertThat(changes.get(1).path("id").asString()).isEqualTo(ids.get(4));
    assertThat(changes.get(1).at("/@removed/reason").asString()).isEqualTo("deleted");
    emulator.control().expireDeltaTokens();
    Http.Answer expired = http.get(link[0]);
    assertThat(expired.status()).isEqualTo(410);
    assertThat(expired.code()).isEqualTo("syncStateNotFound");
  }

  @Test
  void listDeltaReportsNewAndDeletedLists() {
    String[] link = new String[1];
    assertThat(round("/v1.0/me/todo/lists/delta", link)).hasSize(1);
    String id =
        http.post("/v1.0/me/todo/lists", "{\"displayName\":\"New\"}").json().path("id").asString();
    assertThat(round(link[0], link)).extracting(n -> n.path("id").asString()).containsExactly(id);
    http.delete("/v1.0/me/todo/lists/" + id);
    assertThat(round(link[0], link).get(0).has("@removed")).isTrue();
  }

  @Test
  void tokenWithoutTasksScopeGets403() {
    Http other = Http.signedIn(emulator, "adele@contoso.test", "Tasks.Read");
    assertThat(other.post(tasks, "{\"title\":\"x\"}").status()).isEqualTo(403);
  }

  @Test
  void anEtagHoldingWSlashMatchesItself() {
    String id = http.post(tasks, "{\"title\":\"Call\"}").json().path("id").asString();
    String etag = http.get(tasks + "/" + id).json().path("@odata.etag").asString();
    // Etags are random base64: edit until one holds "W/" past its W/" prefix (1 in ~220 edits).
    for (int edit = 0; !etag.substring(3).contains("W/") && edit < 20_000; edit++) {
      etag =
          http.patch(tasks + "/" + id, "{\"title\":\"Call " + edit + "\"}")
              .json()
              .path("@odata.etag")
              .asString();
    }
    assertThat(etag.substring(3)).contains("W/");

    assertThat(http.patch(tasks + "/" + id, "{\"title\":\"Done\"}", "If-Match", etag).status())
        .isEqualTo(200);
  }
}
