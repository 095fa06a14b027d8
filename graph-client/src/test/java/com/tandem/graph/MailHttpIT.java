package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.graph.model.ItemBody;
import com.tandem.graph.model.MailFolder;
import com.tandem.graph.model.Message;
import com.tandem.graph.model.Recipient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MailHttpIT {

  private static final Mailbox SHARED = Mailbox.user("app", "info@contoso.test");
  private static FakeGraph graph;
  private static GraphClient client;

  @BeforeAll
  static void start() {
    graph = new FakeGraph();
    client =
        GraphClient.builder(
                GraphEndpoints.of(graph.baseUrl(), "tenant-1", graph.baseUrl()), m -> "token")
            .build();
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  @BeforeEach
  void reset() {
    graph.reset();
  }

  @Test
  void foldersAreListedAndOneIsReadByWellKnownName() {
    graph.on(
        "GET",
        "/v1.0/users/info@contoso.test/mailFolders",
        200,
        "{\"value\":[{\"id\":\"f1\",\"displayName\":\"Inbox\",\"totalItemCount\":3,\"unreadItemCount\":1,\"childFolderCount\":0}]}");
    graph.on(
        "GET",
        "/v1.0/users/info@contoso.test/mailFolders/inbox",
        200,
        "{\"id\":\"f1\",\"displayName\":\"Inbox\"}");

    List<MailFolder> folders = client.mail().folders(SHARED);
    MailFolder inbox = client.mail().folder(SHARED, "inbox");

    assertThat(folders).singleElement().satisfies(f -> assertThat(f.totalItemCount()).isEqualTo(3));
    assertThat(inbox.id()).isEqualTo("f1");
  }

  @Test
  void messageDeltaStreamsMessagesAndReturnsTheDeltaLink() {
    String link =
        graph.baseUrl()
            + "/v1.0/users/info@contoso.test/mailFolders/f1/messages/delta?$deltatoken=m1";
    graph.on(
        "GET",
        "/v1.0/users/info@contoso.test/mailFolders/f1/messages/delta",
        200,
        "{\"@odata.deltaLink\":\""
            + link
            + "\",\"value\":[{\"id\":\"m1\",\"subject\":\"Hello\",\"receivedDateTime\":\"2026-02-01T08:00:00Z\","
            + "\"from\":{\"emailAddress\":{\"name\":\"Bob\",\"address\":\"bob@example.com\"}},"
            + "\"toRecipients\":[{\"emailAddress\":{\"address\":\"info@contoso.test\"}}],"
            + "\"conversationId\":\"c1\",\"hasAttachments\":false},"
            + "{\"id\":\"m0\",\"@removed\":{\"reason\":\"deleted\"}}]}");
    List<DeltaItem<Message>> items = new ArrayList<>();

    String deltaLink =
        client.mail().messagesDelta(SHARED, "f1", page -> items.addAll(page.items()));

    assertThat(deltaLink).isEqualTo(link);
    Message message = items.get(0).value();
    assertThat(message.subject()).isEqualTo("Hello");
    assertThat(message.from().address()).isEqualTo("bob@example.com");
    assertThat(message.receivedDateTime()).isEqualTo(Instant.parse("2026-02-01T08:00:00Z"));
    assertThat(message.toRecipients())
        .extracting(Recipient::address)
        .containsExactly("info@contoso.test");
    assertThat(items.get(1).wasRemoved()).isTrue();
  }

  @Test
  void aDeltaRoundSinceATimeAndAWindowedListAskGraphForThoseMessages() {
    graph.on(
        "GET",
        "/v1.0/users/info@contoso.test/mailFolders/f1/messages/delta",
        200,
        "{\"@odata.deltaLink\":\""
            + graph.baseUrl()
            + "/v1.0/users/info@contoso.test/mailFolders/f1/messages/delta?$deltatoken=d\","
            + "\"value\":[{\"id\":\"m1\",\"subject\":\"Hello\"}]}");
    List<DeltaItem<Message>> items = new ArrayList<>();

    client
        .mail()
        .messagesDeltaSince(
            SHARED, "f1", Instant.parse("2025-12-07T00:00:00Z"), p -> items.addAll(p.items()));

    assertThat(items).hasSize(1);
    assertThat(URLDecoder.decode(graph.lastRequest().pathAndQuery(), StandardCharsets.UTF_8))
        .endsWith("messages/delta?$filter=receivedDateTime ge 2025-12-07T00:00:00Z");

    graph.on(
        "GET",
        "/v1.0/users/info@contoso.test/mailFolders/f1/messages",
        200,
        "{\"value\":[{\"id\":\"m2\"},{\"id\":\"m3\"}]}");
    List<List<Message>> pages = new ArrayList<>();

    client
        .mail()
        .messagesReceived(
            SHARED,
            "f1",
            Instant.parse("2025-01-01T00:00:00Z"),
            Instant.parse("2025-02-01T00:00:00Z"),
            pages::add);

    assertThat(pages).singleElement().satisfies(p -> assertThat(p).hasSize(2));
    assertThat(URLDecoder.decode(graph.lastRequest().pathAndQuery(), StandardCharsets.UTF_8))
        .contains(
            "$filter=receivedDateTime ge 2025-01-01T00:00:00Z and receivedDateTime lt"
                + " 2025-02-01T00:00:00Z",
            "$orderby=receivedDateTime desc");
  }

  @Test
  void messageIsReadWithAttachmentNamesAndSizesOnly() {
    graph.on(
        "GET",
        "/v1.0/users/info@contoso.test/messages/m1",
        200,
        "{\"id\":\"m1\",\"subject\":\"Offer\",\"hasAttachments\":true,"
            + "\"attachments\":[{\"id\":\"a1\",\"name\":\"offer.pdf\",\"contentType\":\"application/pdf\",\"size\":48213}]}");

    Message message = client.mail().message(SHARED, "m1");

    assertThat(URLDecoder.decode(graph.lastRequest().pathAndQuery(), StandardCharsets.UTF_8))
        .endsWith("$expand=attachments($select=id,name,contentType,size,isInline)");
    assertThat(message.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("offer.pdf");
              assertThat(a.size()).isEqualTo(48213L);
            });
  }

  @Test
  void sendMailPostsTheMessageAndTheSentItemsChoice() {
    graph.on("POST", "/v1.0/users/info@contoso.test/sendMail", 202, null);

    client
        .mail()
        .send(
            SHARED,
            Message.outgoing(
                "Your offer",
                ItemBody.html("<p>Hi</p>"),
                List.of(Recipient.of("Bob", "bob@example.com")),
                null,
                null),
            false);

    JsonNode sent = GraphJson.MAPPER.readTree(graph.lastRequest().body());
    assertThat(sent.get("saveToSentItems").asBoolean()).isFalse();
    assertThat(sent.get("message").get("subject").asString()).isEqualTo("Your offer");
    assertThat(sent.get("message").get("body").get("contentType").asString()).isEqualTo("html");
    assertThat(
            sent.get("message")
                .get("toRecipients")
                .get(0)
                .get("emailAddress")
                .get("address")
                .asString())
        .isEqualTo("bob@example.com");
    assertThat(sent.get("message").has("id")).isFalse();
  }

  @Test
  void aMessageWithoutRecipientsIsRefusedBeforeSending() {
    assertThatThrownBy(() -> Message.outgoing("x", ItemBody.text("y"), List.of(), List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
