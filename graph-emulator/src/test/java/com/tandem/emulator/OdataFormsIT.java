package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** OData and Outlook forms Graph accepts besides the ones Tandem sends. */
@ExtendWith(GraphEmulatorExtension.class)
class OdataFormsIT {
  GraphEmulator emulator;
  Http http;

  @BeforeEach
  void setUp() {
    emulator.control().reset();
    http =
        Http.signedIn(
            emulator, "adele@contoso.test", "Calendars.ReadWrite", "Tasks.ReadWrite", "Mail.Read");
  }

  String create(String extra) {
    Http.Answer r =
        http.post(
            "/v1.0/me/events",
            "{\"subject\":\"x\",\"start\":{\"dateTime\":\"2026-01-10T10:00:00\",\"timeZone\":\"UTC\"},"
                + "\"end\":{\"dateTime\":\"2026-01-10T11:00:00\",\"timeZone\":\"UTC\"}"
                + extra
                + "}");
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().path("id").asString();
  }

  @Test
  void keysInParenthesesAreReadLikeKeySegments() {
    String id = create("");
    Http.Answer event = http.get("/v1.0/users('adele@contoso.test')/events('" + id + "')");
    assertThat(event.status()).as(event.text()).isEqualTo(200);
    assertThat(event.json().path("id").asString()).isEqualTo(id);
    assertThat(http.get("/v1.0/me/mailFolders('Inbox')/messages").status()).isEqualTo(200);
    String list = http.get("/v1.0/me/todo/lists").json().at("/value/0/id").asString();
    assertThat(http.get("/v1.0/me/todo/lists('" + list + "')/tasks").status()).isEqualTo(200);
  }

  @Test
  void expansionsTheEmulatorHoldsNothingInAreAnsweredEmpty() {
    String id = create("");
    Http.Answer r =
        http.get(
            "/v1.0/me/events/"
                + id
                + "?$expand=Attachments($select=name),extensions,"
                + "multiValueExtendedProperties($filter=id%20eq%20'x')");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(r.json().path("attachments").isArray()).isTrue();
    assertThat(r.json().path("attachments")).isEmpty();
    assertThat(r.json().path("extensions")).isEmpty();
    assertThat(r.json().path("multiValueExtendedProperties")).isEmpty();
  }

  @Test
  void locationTypesAreReadInAnyCaseAndRefusedWhenNoMember() {
    String id =
        create(",\"location\":{\"displayName\":\"Room 1\",\"locationType\":\"ConferenceRoom\"}");
    JsonNode e = http.get("/v1.0/me/events/" + id).json();
    assertThat(e.at("/location/locationType").asString()).isEqualTo("conferenceRoom");
    assertThat(e.at("/locations/0/locationType").asString()).isEqualTo("conferenceRoom");
    Http.Answer many =
        http.patch(
            "/v1.0/me/events/" + id,
            "{\"locations\":[{\"displayName\":\"A\",\"locationType\":\"StreetAddress\","
                + "\"uniqueIdType\":\"PRIVATE\"}]}");
    assertThat(many.status()).as(many.text()).isEqualTo(200);
    assertThat(many.json().at("/locations/0/locationType").asString()).isEqualTo("streetAddress");
    assertThat(many.json().at("/locations/0/uniqueIdType").asString()).isEqualTo("private");
    assertThat(
            http.patch(
                    "/v1.0/me/events/" + id,
                    "{\"location\":{\"displayName\":\"B\",\"locationType\":\"castle\"}}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void windowsZoneNamesInAnyCaseComeBackInWindowsSpelling() {
    Http.Answer r =
        http.post(
            "/v1.0/me/events",
            "{\"subject\":\"x\",\"start\":{\"dateTime\":\"2026-01-10T10:00:00\",\"timeZone\":\"pacific standard time\"},"
                + "\"end\":{\"dateTime\":\"2026-01-10T11:00:00\",\"timeZone\":\"PACIFIC STANDARD TIME\"}}",
            "Prefer",
            "outlook.timezone=\"pacific standard time\"");
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    assertThat(r.json().path("originalStartTimeZone").asString())
        .isEqualTo("Pacific Standard Time");
    assertThat(r.json().path("originalEndTimeZone").asString()).isEqualTo("Pacific Standard Time");
    assertThat(r.json().at("/start/timeZone").asString()).isEqualTo("Pacific Standard Time");
    assertThat(r.json().at("/start/dateTime").asString()).startsWith("2026-01-10T10:00");
  }
}
