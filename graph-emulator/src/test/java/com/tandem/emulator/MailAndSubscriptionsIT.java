package com.tandem.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.tandem.emulator.http.Json;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

@ExtendWith(GraphEmulatorExtension.class)
class MailAndSubscriptionsIT {
  GraphEmulator emulator;
  Http adele;
  Http alex;
  HttpServer receiver;
  final LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
  volatile boolean echo = true;

  @BeforeEach
  void setUp() throws Exception {
    emulator.control().reset();
    adele =
        Http.signedIn(
            emulator, "adele@contoso.test", "Mail.ReadWrite", "Mail.Send", "Calendars.ReadWrite");
    alex = Http.signedIn(emulator, "alex@contoso.test", "Mail.Read");
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/",
        ex -> {
          String q = ex.getRequestURI().getRawQuery();
          byte[] out = new byte[0];
          if (q != null && q.startsWith("validationToken=")) {
            String token = URLDecoder.decode(q.substring(16), StandardCharsets.UTF_8);
            out = (echo ? token : "wrong").getBytes(StandardCharsets.UTF_8);
          } else {
            received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          }
          ex.sendResponseHeaders(q != null ? 200 : 202, out.length == 0 ? -1 : out.length);
          if (out.length > 0) {
            ex.getResponseBody().write(out);
          }
          ex.close();
        });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  String hook() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @Test
  void sendMailLandsInSentItemsAndInTheTenantRecipientsInbox() {
    Http.Answer sent =
        adele.post(
            "/v1.0/me/sendMail",
            "{\"message\":{\"subject\":\"Hi\",\"body\":{\"contentType\":\"Text\","
                + "\"content\":\"Hello\"},\"toRecipients\":[{\"emailAddress\":{\"address\":\"alex@contoso.test\"}}]}}");
    assertThat(sent.status()).isEqualTo(202);
    JsonNode sentItems = adele.get("/v1.0/me/mailFolders/sentitems/messages").json().path("value");
    assertThat(sentItems).hasSize(1);
    JsonNode inbox = alex.get("/v1.0/me/mailFolders/Inbox/messages/delta").json().path("value");
    assertThat(inbox).hasSize(1);
    assertThat(inbox.get(0).path("subject").asString()).isEqualTo("Hi");
    assertThat(inbox.get(0).at("/from/emailAddress/address").asString())
        .isEqualTo("adele@contoso.test");
    String id = inbox.get(0).path("id").asString();
    assertThat(alex.get("/v1.0/me/messages/" + id).json().path("isRead").asBoolean()).isFalse();
    assertThat(
            alex.post(
                    "/v1.0/me/sendMail",
                    "{\"message\":{\"subject\":\"x\",\"toRecipients\":[{\"emailAddress\":"
                        + "{\"address\":\"a@b.test\"}}]}}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void mailFoldersIncludeTheWellKnownOnes() {
    JsonNode folders = adele.get("/v1.0/me/mailFolders?$top=20").json().path("value");
    assertThat(folders)
        .extracting(f -> f.path("displayName").asString())
        .contains("Inbox", "Sent Items", "Drafts");
  }

  @Test
  void foldersNestAndEachSubFolderHasItsOwnMessagesAndDelta() {
    String inbox = adele.get("/v1.0/me/mailFolders/inbox").json().path("id").asString();
    Http.Answer created =
        adele.post("/v1.0/me/mailFolders/inbox/childFolders", "{\"displayName\":\"Customers\"}");
    assertThat(created.status()).isEqualTo(201);
    String customers = created.json().path("id").asString();
    assertThat(created.json().path("parentFolderId").asString()).isEqualTo(inbox);
    String deeper =
        adele
            .post(
                "/v1.0/me/mailFolders/" + customers + "/childFolders", "{\"displayName\":\"Acme\"}")
            .json()
            .path("id")
            .asString();

    JsonNode top = adele.get("/v1.0/me/mailFolders?$top=50").json().path("value");
    assertThat(top).extracting(f -> f.path("displayName").asString()).doesNotContain("Customers");
    JsonNode inboxAsListed =
        adele.get("/v1.0/me/mailFolders/" + inbox).json().path("childFolderCount");
    assertThat(inboxAsListed.asInt()).isEqualTo(1);
    assertThat(adele.get("/v1.0/me/mailFolders/inbox/childFolders").json().path("value"))
        .extracting(f -> f.path("displayName").asString())
        .containsExactly("Customers");
    assertThat(
            adele
                .post("/v1.0/me/mailFolders/inbox/childFolders", "{\"displayName\":\"customers\"}")
                .json()
                .at("/error/code")
                .asString())
        .isEqualTo("ErrorFolderExists");
    assertThat(adele.post("/v1.0/me/mailFolders", "{}").status()).isEqualTo(400);
    assertThat(alex.post("/v1.0/me/mailFolders", "{\"displayName\":\"X\"}").status())
        .isEqualTo(403);

    Http control = new Http(emulator.baseUrl());
    String deliveries = "/_emulator/tenants/contoso/users/adele@contoso.test/messages";
    Http.Answer delivered =
        control.post(
            deliveries,
            "{\"folder\":\""
                + deeper
                + "\",\"subject\":\"Order 42\",\"from\":{\"name\":\"Alex\",\"address\":"
                + "\"alex@contoso.test\"},\"to\":[{\"address\":\"adele@contoso.test\"}],"
                + "\"receivedDateTime\":\"2026-01-05T09:00:00Z\","
                + "\"attachments\":[{\"name\":\"po.pdf\",\"contentType\":\"application/pdf\","
                + "\"size\":1200}]}");
    assertThat(delivered.status()).isEqualTo(201);
    assertThat(control.post(deliveries, "{\"folder\":\"nope\"}").status()).isEqualTo(400);
    assertThat(control.post(deliveries, "{\"to\":[{\"name\":\"x\"}]}").status()).isEqualTo(400);
    JsonNode delta = adele.get("/v1.0/me/mailFolders/" + deeper + "/messages/delta").json();
    assertThat(delta.path("value"))
        .extracting(m -> m.path("subject").asString())
        .containsExactly("Order 42");
    JsonNode order = delta.path("value").get(0);
    assertThat(order.path("id").asString()).isEqualTo(delivered.json().path("id").asString());
    assertThat(Instant.parse(order.path("receivedDateTime").asString()))
        .isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
    assertThat(order.path("hasAttachments").asBoolean()).isTrue();
    assertThat(order.at("/from/emailAddress/address").asString()).isEqualTo("alex@contoso.test");
    assertThat(adele.get("/v1.0/me/mailFolders/inbox/messages/delta").json().path("value"))
        .isEmpty();
  }

  /** Delivers {@code count} messages to adele's inbox, one minute apart from {@code first}. */
  private void deliverMany(int count, Instant first) {
    for (int i = 0; i < count; i++) {
      emulator
          .control()
          .deliver(
              "contoso",
              "adele@contoso.test",
              Json.MAPPER
                  .createObjectNode()
                  .put("subject", "m" + i)
                  .put("receivedDateTime", first.plus(i, ChronoUnit.MINUTES).toString()));
    }
  }

  /** Every message of a delta round (or list), following its next links; the last link last. */
  private List<String> readAll(String firstPath, List<String> links) {
    List<String> subjects = new ArrayList<>();
    String path = firstPath;
    while (path != null) {
      JsonNode page = adele.get(path, "Prefer", "odata.maxpagesize=1000").json();
      page.path("value").forEach(m -> subjects.add(m.path("subject").asString()));
      String next = page.path("@odata.nextLink").asString(null);
      String delta = page.path("@odata.deltaLink").asString(null);
      if (delta != null) {
        links.add(delta);
      }
      path = next == null ? null : next.substring(next.indexOf("/v1.0/"));
    }
    return subjects;
  }

  @Test
  void aFilteredMessageRoundTakesOnlyLaterMessagesAndEndsAtFiveThousand() {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    deliverMany(5_003, start);
    String since = start.plus(2, ChronoUnit.MINUTES).toString();
    List<String> links = new ArrayList<>();

    List<String> round =
        readAll(
            "/v1.0/me/mailFolders/inbox/messages/delta?$filter=receivedDateTime%20ge%20" + since,
            links);

    assertThat(round).hasSize(5_000).doesNotContain("m0", "m1");
    emulator
        .control()
        .deliver(
            "contoso",
            "adele@contoso.test",
            Json.MAPPER
                .createObjectNode()
                .put("subject", "later")
                .put("receivedDateTime", "2026-06-01T00:00:00Z"));
    emulator
        .control()
        .deliver(
            "contoso",
            "adele@contoso.test",
            Json.MAPPER
                .createObjectNode()
                .put("subject", "older")
                .put("receivedDateTime", "2025-06-01T00:00:00Z"));
    String link = links.get(0);
    assertThat(readAll(link.substring(link.indexOf("/v1.0/")), links))
        .as("the next round keeps the filter")
        .containsExactly("later");
    assertThat(readAll("/v1.0/me/mailFolders/inbox/messages/delta", new ArrayList<>()))
        .as("an unfiltered round has no cap")
        .hasSize(5_005);
    assertThat(
            adele
                .get(
                    "/v1.0/me/mailFolders/inbox/messages/delta?$filter=receivedDateTime%20lt%20"
                        + since)
                .status())
        .isEqualTo(400);
  }

  @Test
  void aFoldersMessagesListByAWindowOfReceivedTimesNewestFirst() {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    deliverMany(10, start);
    String from = start.plus(3, ChronoUnit.MINUTES).toString();
    String until = start.plus(7, ChronoUnit.MINUTES).toString();

    List<String> window =
        readAll(
            "/v1.0/me/mailFolders/inbox/messages?$filter=receivedDateTime%20ge%20"
                + from
                + "%20and%20receivedDateTime%20lt%20"
                + until
                + "&$orderby=receivedDateTime%20desc&$top=3",
            new ArrayList<>());

    assertThat(window).containsExactly("m6", "m5", "m4", "m3");
    assertThat(adele.get("/v1.0/me/mailFolders/inbox/messages?$filter=subject%20eq%20'x'").status())
        .isEqualTo(400);
  }

  @Test
  void subscriptionValidatesThenNotifiesOnChanges() throws Exception {
    String exp = Instant.now().plus(1, ChronoUnit.DAYS).toString();
    Http.Answer sub =
        adele.post(
            "/v1.0/subscriptions",
            "{\"changeType\":\"created,updated,deleted\",\"notificationUrl\":\""
                + hook()
                + "\",\"lifecycleNotificationUrl\":\""
                + hook()
                + "\",\"resource\":\"/me/events\",\"expirationDateTime\":\""
                + exp
                + "\",\"clientState\":\"secret\"}");
    assertThat(sub.status()).as(sub.text()).isEqualTo(201);
    String id =
        adele
            .post("/v1.0/me/events", LimitsAndBatchIT.event("Notify"))
            .json()
            .path("id")
            .asString();
    JsonNode note =
        Http.class.isAnnotation()
            ? null
            : tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(received.poll(5, TimeUnit.SECONDS));
    assertThat(note.at("/value/0/changeType").asString()).isEqualTo("created");
    assertThat(note.at("/value/0/clientState").asString()).isEqualTo("secret");
    assertThat(note.at("/value/0/resourceData/id").asString()).isEqualTo(id);
    emulator
        .control()
        .lifecycleNotification(sub.json().path("id").asString(), "reauthorizationRequired");
    String life = received.poll(5, TimeUnit.SECONDS);
    assertThat(life).contains("reauthorizationRequired");
    String renewed = Instant.now().plus(2, ChronoUnit.DAYS).toString();
    assertThat(
            adele
                .patch(
                    "/v1.0/subscriptions/" + sub.json().path("id").asString(),
                    "{\"expirationDateTime\":\"" + renewed + "\"}")
                .status())
        .isEqualTo(200);
    assertThat(adele.delete("/v1.0/subscriptions/" + sub.json().path("id").asString()).status())
        .isEqualTo(204);
  }

  @Test
  void subscriptionWhoseEndpointDoesNotEchoIsRefused() {
    echo = false;
    Http.Answer sub =
        adele.post(
            "/v1.0/subscriptions",
            "{\"changeType\":\"created\",\"notificationUrl\":\""
                + hook()
                + "\",\"resource\":\"me/events\",\"expirationDateTime\":\""
                + Instant.now().plus(1, ChronoUnit.DAYS)
                + "\"}");
    assertThat(sub.status()).isEqualTo(400);
    assertThat(sub.code()).isEqualTo("ValidationError");
  }

  @Test
  void aChangeTypeNamedTwiceIsReadAsOneNotAnInternalError() {
    Http.Answer sub =
        adele.post(
            "/v1.0/subscriptions",
            "{\"changeType\":\"created,created\",\"notificationUrl\":\""
                + hook()
                + "\",\"resource\":\"me/events\",\"expirationDateTime\":\""
                + Instant.now().plus(1, ChronoUnit.DAYS)
                + "\"}");
    assertThat(sub.status()).as(sub.text()).isEqualTo(201);
  }
}
