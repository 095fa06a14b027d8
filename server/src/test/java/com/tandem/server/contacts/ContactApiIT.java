package com.tandem.server.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.tandem.server.activity.ActivityTest;
import com.tandem.server.activity.People;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The contacts API as an organization's members, its administrator and outsiders meet it. */
@ActivityTest
class ContactApiIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  People people;

  @BeforeEach
  void people() {
    people = new People(jdbc);
  }

  String contacts(long orgId) {
    return "/api/v1/organizations/" + orgId + "/contacts";
  }

  MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  String created(long asUser, String body) throws Exception {
    String answer =
        mvc.perform(json(post(contacts(people.org)), body).with(people.as(asUser)))
            .andExpect(status().isCreated())
            .andExpect(header().string("ETag", "\"1\""))
            .andExpect(header().string("Location", containsString(contacts(people.org) + "/")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(answer, "$.id");
  }

  /** Every row of the contact tables, to show that a refused request changed nothing. */
  List<Map<String, Object>> contactRows() {
    return jdbc.sql(
            "SELECT c.id, c.name, c.emails, c.version, c.deleted_at, a.address_key FROM contacts c"
                + " LEFT JOIN contact_addresses a ON a.contact_id = c.id ORDER BY c.id, a.address_key")
        .query()
        .listOfRows();
  }

  @Test
  void aMemberCreatesReadsChangesAndDeletesAContactWithItsVersion() throws Exception {
    String id =
        created(
            people.user,
            """
            {"name": " Maria Lopez ", "emails": ["Maria@Example.com", "m.lopez@example.org",
             "maria@example.com"], "company": "Northwind", "phone": "+34 600 000 000"}
            """);
    String url = contacts(people.org) + "/" + id;

    mvc.perform(get(url).with(people.as(people.colleague)))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.name").value("Maria Lopez"))
        .andExpect(jsonPath("$.emails", contains("Maria@Example.com", "m.lopez@example.org")))
        .andExpect(jsonPath("$.company").value("Northwind"))
        .andExpect(jsonPath("$.phone").value("+34 600 000 000"))
        .andExpect(jsonPath("$.organizationId").value(people.org));

    mvc.perform(
            json(patch(url), "{\"company\": \"Contoso\"}")
                .header("If-Match", "\"1\"")
                .with(people.as(people.orgAdmin)))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"2\""))
        .andExpect(jsonPath("$.company").value("Contoso"))
        .andExpect(jsonPath("$.emails", hasSize(2)));
    mvc.perform(
            json(put(url), "{\"name\": \"Maria\"}")
                .header("If-Match", "\"1\"")
                .with(people.as(people.user)))
        .andExpect(status().isPreconditionFailed());

    mvc.perform(delete(url).header("If-Match", "\"2\"").with(people.as(people.user)))
        .andExpect(status().isNoContent());
    mvc.perform(get(url).with(people.as(people.user))).andExpect(status().isNotFound());
  }

  @Test
  void anAddressBelongsToOneContactOfAnOrganizationInAnyCase() throws Exception {
    String maria =
        created(people.user, "{\"name\": \"Maria\", \"emails\": [\"maria@example.com\"]}");
    List<Map<String, Object>> before = contactRows();

    mvc.perform(
            json(
                    post(contacts(people.org)),
                    "{\"name\": \"Other\", \"emails\": [\"MARIA@example.com\"]}")
                .with(people.as(people.colleague)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").exists())
        .andExpect(jsonPath("$.detail", containsString("MARIA@example.com")))
        .andExpect(jsonPath("$.detail", containsString("Maria")));
    String pablo =
        created(people.user, "{\"name\": \"Pablo\", \"emails\": [\"pablo@example.com\"]}");
    List<Map<String, Object>> withPablo = contactRows();
    mvc.perform(
            json(
                    patch(contacts(people.org) + "/" + pablo),
                    "{\"emails\": [\"pablo@example.com\", \"maria@example.com\"]}")
                .with(people.as(people.user)))
        .andExpect(status().isConflict());
    assertThat(contactRows()).isEqualTo(withPablo);
    assertThat(withPablo).containsAll(before);

    // another organization may have the same address
    mvc.perform(
            json(
                    post(contacts(people.otherOrg)),
                    "{\"name\": \"Maria G\", \"emails\": [\"maria@example.com\"]}")
                .with(people.as(people.stranger)))
        .andExpect(status().isCreated());
    // a deleted contact's addresses are free again
    mvc.perform(delete(contacts(people.org) + "/" + maria).with(people.as(people.user)))
        .andExpect(status().isNoContent());
    mvc.perform(
            json(
                    patch(contacts(people.org) + "/" + pablo),
                    "{\"emails\": [\"pablo@example.com\", \"maria@example.com\"]}")
                .with(people.as(people.user)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.emails", hasSize(2)));
  }

  @Test
  void theListFindsByNameOrAddressInAnyCase() throws Exception {
    created(people.user, "{\"name\": \"Zoe Quinn\", \"emails\": [\"zq@fabrikam.test\"]}");
    created(people.user, "{\"name\": \"adam Smith\", \"emails\": [\"adam@contoso.test\"]}");
    created(people.user, "{\"name\": \"Bea 100%_\", \"emails\": []}");

    mvc.perform(get(contacts(people.org)).with(people.as(people.user)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].name", contains("adam Smith", "Bea 100%_", "Zoe Quinn")))
        .andExpect(jsonPath("$.hasMore").value(false));
    mvc.perform(get(contacts(people.org)).param("q", "SMITH").with(people.as(people.user)))
        .andExpect(jsonPath("$.items[*].name", contains("adam Smith")));
    mvc.perform(get(contacts(people.org)).param("q", "FABRIKAM").with(people.as(people.user)))
        .andExpect(jsonPath("$.items[*].name", contains("Zoe Quinn")));
    mvc.perform(get(contacts(people.org)).param("q", "%").with(people.as(people.user)))
        .andExpect(jsonPath("$.items[*].name", contains("Bea 100%_")));
    mvc.perform(get(contacts(people.org)).param("limit", "2").with(people.as(people.user)))
        .andExpect(jsonPath("$.items", hasSize(2)))
        .andExpect(jsonPath("$.hasMore").value(true));
  }

  @Test
  void outsidersAreToldTheOrganizationDoesNotExist() throws Exception {
    String id = created(people.user, "{\"name\": \"Maria\", \"emails\": [\"maria@example.com\"]}");
    String url = contacts(people.org) + "/" + id;

    mvc.perform(get(contacts(people.org)).with(people.as(people.stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(get(url).with(people.as(people.strangerAdmin))).andExpect(status().isNotFound());
    mvc.perform(
            json(post(contacts(people.org)), "{\"name\": \"Spy\"}")
                .with(people.as(people.stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(delete(url).with(people.as(people.strangerAdmin))).andExpect(status().isNotFound());
    // an id of this organization under another organization's path is not found either
    mvc.perform(get(contacts(people.otherOrg) + "/" + id).with(people.as(people.stranger)))
        .andExpect(status().isNotFound());
    mvc.perform(get(url).with(People.systemAdmin())).andExpect(status().isOk());
    mvc.perform(get(contacts(999_999)).with(People.systemAdmin())).andExpect(status().isNotFound());
  }

  @Test
  void badInputIsNamedByFieldAndChangesNothing() throws Exception {
    List<Map<String, Object>> before = contactRows();

    for (String[] bad :
        new String[][] {
          {"{\"emails\": [\"a@b.c\"]}", "name"},
          {"{\"name\": \"   \"}", "name"},
          {"{\"name\": \"x\", \"emails\": \"a@b.c\"}", "emails"},
          {"{\"name\": \"x\", \"emails\": [\"not an address\"]}", "emails[0]"},
          {"{\"name\": \"x\", \"emails\": [\"ok@b.c\", 5]}", "emails[1]"},
          {"{\"name\": \"x\", \"emails\": [\"@b.c\"]}", "emails[0]"},
          {"{\"name\": \"" + "n".repeat(256) + "\"}", "name"},
          {"{\"name\": \"x\", \"phone\": \"" + "1".repeat(65) + "\"}", "phone"},
          {"{\"name\": \"x\", \"nickname\": \"y\"}", "nickname"},
          {"{\"name\": 12}", "name"},
        }) {
      mvc.perform(json(post(contacts(people.org)), bad[0]).with(people.as(people.user)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
    }
    StringBuilder many = new StringBuilder("{\"name\": \"x\", \"emails\": [");
    for (int i = 0; i < 21; i++) {
      many.append(i == 0 ? "" : ",").append("\"a").append(i).append("@b.c\"");
    }
    mvc.perform(json(post(contacts(people.org)), many + "]}").with(people.as(people.user)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("emails"));
    mvc.perform(get(contacts(people.org)).param("offset", "-1").with(people.as(people.user)))
        .andExpect(status().isBadRequest());

    assertThat(contactRows()).isEqualTo(before);
  }

  @Test
  void contactChangesEnterTheFeedUnderTheOrganizationForThoseWhoMayReadThem() throws Exception {
    long start = jdbc.sql("SELECT last_seq FROM activity_feed_counter").query(Long.class).single();
    String id = created(people.user, "{\"name\": \"Maria\", \"emails\": [\"maria@example.com\"]}");

    for (long reader : new long[] {people.user, people.colleague, people.orgAdmin}) {
      mvc.perform(get("/api/v1/changes").param("after", "" + start).with(people.as(reader)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.changes[?(@.id == '" + id + "')].type", contains("CONTACT")))
          .andExpect(
              jsonPath(
                  "$.changes[?(@.id == '" + id + "')].organizationId", contains((int) people.org)))
          .andExpect(jsonPath("$.changes[?(@.id == '" + id + "')].op", contains("UPSERT")));
    }
    for (long outsider : new long[] {people.stranger, people.strangerAdmin}) {
      mvc.perform(get("/api/v1/changes").param("after", "" + start).with(people.as(outsider)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.changes[?(@.id == '" + id + "')]", hasSize(0)));
    }
  }
}
