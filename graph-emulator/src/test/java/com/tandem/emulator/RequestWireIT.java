package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Requests as they arrive on the wire: raw characters in targets, framing, keep-alive, errors. */
@ExtendWith(GraphEmulatorExtension.class)
class RequestWireIT {
  static final String PROP = CalendarIT.PROP;

  GraphEmulator emulator;
  String token;
  Http http;

  @BeforeEach
  void setUp() {
    emulator.control().reset();
    token =
        emulator
            .control()
            .delegatedToken(
                "contoso", "adele@contoso.test", Seed.DEMO_CLIENT_ID, "Calendars.ReadWrite");
    http = new Http(emulator.baseUrl()).token(token);
  }

  String stamped(String subject, String value) {
    String body =
        "{\"subject\":\""
            + subject
            + "\",\"start\":{\"dateTime\":\"2026-01-10T10:00:00\",\"timeZone\":\"UTC\"},"
            + "\"end\":{\"dateTime\":\"2026-01-10T11:00:00\",\"timeZone\":\"UTC\"},"
            + "\"singleValueExtendedProperties\":[{\"id\":\""
            + PROP
            + "\",\"value\":\""
            + value
            + "\"}]}";
    Http.Answer r = http.post("/v1.0/me/events", body);
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    return r.json().path("id").asString();
  }

  RawHttp.Answer rawGet(String target) {
    try (RawHttp wire = new RawHttp(emulator.port())) {
      return wire.send(RawHttp.get(target, token)).read();
    }
  }

  static void isGraphError(RawHttp.Answer r, int status) {
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.header("request-id")).isNotBlank();
    assertThat(r.json().at("/error/code").asString()).isNotBlank();
    assertThat(r.json().at("/error/message").asString()).isNotBlank();
    assertThat(r.json().at("/error/innerError/request-id").asString())
        .isEqualTo(r.header("request-id"));
    assertThat(r.json().at("/error/innerError/client-request-id").asString()).isNotBlank();
    assertThat(r.json().at("/error/innerError/date").asString())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
  }

  @Test
  void rawBracesInAFilterFindTheSameEventAsTheEncodedForm() {
    String id = stamped("Stamped", "CRM-42");
    stamped("Other", "CRM-43");
    String filter =
        "singleValueExtendedProperties/Any(ep: ep/id eq '" + PROP + "' and ep/value eq 'CRM-42')";
    RawHttp.Answer raw = rawGet("/v1.0/me/events?$filter=" + filter.replace(" ", "%20"));
    assertThat(raw.status()).as(raw.body()).isEqualTo(200);
    assertThat(raw.json().path("value")).hasSize(1);
    assertThat(raw.json().at("/value/0/id").asString()).isEqualTo(id);
    Http.Answer encoded = http.get("/v1.0/me/events?%24filter=" + CalendarIT.enc(filter));
    assertThat(encoded.json().at("/value/0/id").asString()).isEqualTo(id);
  }

  @Test
  void rawBracesInAnExpandReadTheProperty() {
    String id = stamped("Stamped", "CRM-42");
    String expand =
        "singleValueExtendedProperties($filter=id%20eq%20'" + PROP.replace(" ", "%20") + "')";
    RawHttp.Answer r = rawGet("/v1.0/me/events/" + id + "?$expand=" + expand);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().at("/singleValueExtendedProperties/0/value").asString())
        .isEqualTo("CRM-42");
  }

  @Test
  void everyCharacterJavaNetUriRefusesGetsAJsonAnswer() {
    for (String c : new String[] {"{", "}", "|", "\\", "^", "`", "\"", "<", ">", "%", "%zz"}) {
      RawHttp.Answer query = rawGet("/v1.0/me/events?tag=" + c);
      assertThat(query.status()).as(c).isEqualTo(200);
      assertThat(query.json().path("value").isArray()).as(c).isTrue();
      RawHttp.Answer path = rawGet("/v1.0/me/events/AAMk" + c);
      assertThat(path.status()).as(c).isEqualTo(404);
      assertThat(path.json().at("/error/code").asString()).as(c).isEqualTo("ErrorItemNotFound");
    }
  }

  @Test
  void aStrayPercentSignStandsForItself() {
    String id = stamped("Half", "50%");
    String filter =
        "singleValueExtendedProperties/Any(ep:%20ep/id%20eq%20'"
            + PROP.replace(" ", "%20")
            + "'%20and%20ep/value%20eq%20'50%')";
    RawHttp.Answer r = rawGet("/v1.0/me/events?$filter=" + filter);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().at("/value/0/id").asString()).isEqualTo(id);
  }

  @Test
  void rawUtf8BytesInAQueryAreReadAsUtf8() {
    String id = stamped("Zurich", "Zürich");
    String filter =
        "singleValueExtendedProperties/Any(ep:%20ep/id%20eq%20'"
            + PROP.replace(" ", "%20")
            + "'%20and%20ep/value%20eq%20'Zürich')";
    RawHttp.Answer r = rawGet("/v1.0/me/events?$filter=" + filter);
    assertThat(r.json().at("/value/0/id").asString()).isEqualTo(id);
  }

  @Test
  void whatIsNotHttpGetsGraphsJsonErrorAndTheConnectionCloses() {
    for (String garbage :
        new String[] {
          "HELLO\r\n\r\n",
          "GET /v1.0/me\r\n\r\n",
          "GET /v1.0/me SPDY/3\r\n\r\n",
          "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n"
        }) {
      try (RawHttp wire = new RawHttp(emulator.port())) {
        RawHttp.Answer r = wire.send(garbage).read();
        isGraphError(r, 400);
        assertThat(r.json().at("/error/code").asString()).isEqualTo("BadRequest");
        assertThat(r.header("Connection")).isEqualTo("close");
        assertThat(wire.closedByPeer()).isTrue();
      }
    }
  }

  @Test
  void aSpaceInTheTargetGetsAJson400NamingTheFix() {
    try (RawHttp wire = new RawHttp(emulator.port())) {
      RawHttp.Answer r =
          wire.send(RawHttp.get("/v1.0/me/events?$filter=subject eq 'x'", token)).read();
      isGraphError(r, 400);
      assertThat(r.json().at("/error/message").asString()).contains("%20");
    }
  }

  @Test
  void aBrokenHeadCarriesTheClientRequestIdItSent() {
    try (RawHttp wire = new RawHttp(emulator.port())) {
      RawHttp.Answer r =
          wire.send(
                  "POST /v1.0/me/events HTTP/1.1\r\nclient-request-id: abc\r\n"
                      + "Content-Length: ten\r\n\r\n")
              .read();
      isGraphError(r, 400);
      assertThat(r.json().at("/error/innerError/client-request-id").asString()).isEqualTo("abc");
    }
  }

  @Test
  void keepAliveAndPipelinedRequestsAreAnsweredInOrderOnOneConnection() {
    String id = stamped("One", "1");
    try (RawHttp wire = new RawHttp(emulator.port())) {
      assertThat(wire.send(RawHttp.get("/v1.0/me/events/" + id, token)).read().status())
          .isEqualTo(200);
      wire.send(
          RawHttp.get("/v1.0/me/events/" + id, token)
              + RawHttp.get("/v1.0/me/events/nope", token)
              + RawHttp.get("/v1.0/me/events?$top=1", token));
      assertThat(wire.read().json().path("id").asString()).isEqualTo(id);
      assertThat(wire.read().status()).isEqualTo(404);
      assertThat(wire.read().json().path("value")).hasSize(1);
    }
  }

  @Test
  void aChunkedBodyIsReadAndTheNextRequestFollowsIt() {
    String event =
        "{\"subject\":\"Chunked\",\"start\":{\"dateTime\":\"2026-01-10T10:00:00\",\"timeZone\":\"UTC\"},"
            + "\"end\":{\"dateTime\":\"2026-01-10T11:00:00\",\"timeZone\":\"UTC\"}}";
    byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
    int half = bytes.length / 2;
    String chunked =
        Integer.toHexString(half)
            + ";ext=1\r\n"
            + event.substring(0, half)
            + "\r\n"
            + Integer.toHexString(bytes.length - half)
            + "\r\n"
            + event.substring(half)
            + "\r\n0\r\nX-Trailer: t\r\n\r\n";
    try (RawHttp wire = new RawHttp(emulator.port())) {
      RawHttp.Answer created =
          wire.send(
                  "POST /v1.0/me/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                      + token
                      + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + chunked
                      + RawHttp.get("/v1.0/me/events", token))
              .read();
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      assertThat(created.json().path("subject").asString()).isEqualTo("Chunked");
      assertThat(wire.read().json().at("/value/0/subject").asString()).isEqualTo("Chunked");
    }
  }

  @Test
  void expectContinueGets100BeforeTheBodyIsSent() {
    String event =
        "{\"subject\":\"Later\",\"start\":{\"dateTime\":\"2026-01-10T10:00:00\",\"timeZone\":\"UTC\"},"
            + "\"end\":{\"dateTime\":\"2026-01-10T11:00:00\",\"timeZone\":\"UTC\"}}";
    try (RawHttp wire = new RawHttp(emulator.port())) {
      wire.send(
          "POST /v1.0/me/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
              + event.getBytes(StandardCharsets.UTF_8).length
              + "\r\n\r\n");
      assertThat(wire.read().status()).isEqualTo(100);
      RawHttp.Answer created = wire.send(event).read();
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      assertThat(created.json().path("subject").asString()).isEqualTo("Later");
    }
  }

  @Test
  void connectionCloseAndPlainHttp10CloseAfterTheAnswer() {
    try (RawHttp wire = new RawHttp(emulator.port())) {
      wire.send(
          "GET /v1.0/me/events HTTP/1.1\r\nConnection: close\r\nAuthorization: Bearer "
              + token
              + "\r\n\r\n");
      assertThat(wire.read().status()).isEqualTo(200);
      assertThat(wire.closedByPeer()).isTrue();
    }
    try (RawHttp wire = new RawHttp(emulator.port())) {
      wire.send("GET /v1.0/me/events HTTP/1.0\r\nAuthorization: Bearer " + token + "\r\n\r\n");
      assertThat(wire.read().status()).isEqualTo(200);
      assertThat(wire.closedByPeer()).isTrue();
    }
    try (RawHttp wire = new RawHttp(emulator.port())) {
      String keep =
          "GET /v1.0/me/events HTTP/1.0\r\nConnection: keep-alive\r\nAuthorization: Bearer "
              + token
              + "\r\n\r\n";
      RawHttp.Answer first = wire.send(keep).read();
      assertThat(first.header("Connection")).isEqualTo("keep-alive");
      assertThat(wire.send(keep).read().status()).isEqualTo(200);
    }
  }

  @Test
  void aBrokenChunkGetsAJson400AndTheConnectionCloses() {
    try (RawHttp wire = new RawHttp(emulator.port())) {
      RawHttp.Answer r =
          wire.send(
                  "POST /v1.0/me/events HTTP/1.1\r\nAuthorization: Bearer "
                      + token
                      + "\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
              .read();
      isGraphError(r, 400);
      assertThat(wire.closedByPeer()).isTrue();
    }
  }

  @Test
  void aPathOutsideGraphGetsGraphsErrorShapeToo() {
    isGraphError(rawGet("/nowhere/{x}|y"), 404);
  }

  @Test
  void anAbsoluteFormTargetIsServedByItsPath() {
    RawHttp.Answer r = rawGet("http://127.0.0.1:" + emulator.port() + "/v1.0/me/events");
    assertThat(r.status()).isEqualTo(200);
  }
}
