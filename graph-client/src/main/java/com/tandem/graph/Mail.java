package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.model.MailFolder;
import com.tandem.graph.model.Message;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/** A mailbox's folders and messages: list folders, read messages by delta, get one, send. */
public final class Mail {

  private final GraphHttp http;
  private final Pages pages;

  Mail(GraphHttp http) {
    this.http = http;
    this.pages = new Pages(http);
  }

  /** The top-level folders of the mailbox. */
  public List<MailFolder> folders(Mailbox mailbox) {
    return pages.all(mailbox, http.uri(mailbox.path("mailFolders"), Map.of()), MailFolder.class);
  }

  /** The sub-folders of a folder. */
  public List<MailFolder> childFolders(Mailbox mailbox, String folderId) {
    String path = mailbox.path("mailFolders", Checks.text(folderId, "folderId"), "childFolders");
    return pages.all(mailbox, http.uri(path, Map.of()), MailFolder.class);
  }

  /** One folder, by id or well-known name ({@code inbox}, {@code sentitems}, …). */
  public MailFolder folder(Mailbox mailbox, String idOrWellKnownName) {
    String path = mailbox.path("mailFolders", Checks.text(idOrWellKnownName, "folder"));
    return GraphJson.value(
        http.get(mailbox, http.uri(path, Map.of())),
        MailFolder.class,
        GraphError.of("GET " + path, 200, null, "no folder in answer", null));
  }

  /**
   * Starts a delta round over a folder's messages and returns the delta link for the next round.
   */
  public String messagesDelta(
      Mailbox mailbox, String folderId, Consumer<DeltaPage<Message>> onPage) {
    String path =
        mailbox.path("mailFolders", Checks.text(folderId, "folderId"), "messages", "delta");
    return pages.delta(mailbox, http.uri(path, Map.of()), Message.class, onPage);
  }

  /**
   * Starts a delta round over a folder's messages received at or after {@code since} and returns
   * the delta link for the next round, which keeps the filter. Graph ends such a round after 5,000
   * messages: a caller that got that many lists the rest with {@link #messagesReceived}.
   */
  public String messagesDeltaSince(
      Mailbox mailbox, String folderId, Instant since, Consumer<DeltaPage<Message>> onPage) {
    Objects.requireNonNull(since, "since == null");
    String path =
        mailbox.path("mailFolders", Checks.text(folderId, "folderId"), "messages", "delta");
    Map<String, String> query = Map.of("$filter", "receivedDateTime ge " + since);
    return pages.delta(mailbox, http.uri(path, query), Message.class, onPage);
  }

  /**
   * A folder's messages received in {@code [from, until)}, newest first, handed over page by page
   * (the list Graph does not cap, for backfilling what a filtered delta round left out).
   */
  public void messagesReceived(
      Mailbox mailbox,
      String folderId,
      Instant from,
      Instant until,
      Consumer<List<Message>> onPage) {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(until, "until == null");
    String path = mailbox.path("mailFolders", Checks.text(folderId, "folderId"), "messages");
    Map<String, String> query =
        Map.of(
            "$filter",
            "receivedDateTime ge " + from + " and receivedDateTime lt " + until,
            "$orderby",
            "receivedDateTime desc");
    pages.each(mailbox, http.uri(path, query), Message.class, onPage);
  }

  /** Continues a message delta from a stored link and returns the new delta link. */
  public String resumeMessages(Mailbox mailbox, String link, Consumer<DeltaPage<Message>> onPage) {
    return pages.delta(mailbox, http.storedLink(link), Message.class, onPage);
  }

  /** Reads a message with its attachments' names and sizes (never their content). */
  public Message message(Mailbox mailbox, String id) {
    String path = mailbox.path("messages", Checks.text(id, "id"));
    Map<String, String> query =
        Map.of("$expand", "attachments($select=id,name,contentType,size,isInline)");
    return GraphJson.value(
        http.get(mailbox, http.uri(path, query)),
        Message.class,
        GraphError.of("GET " + path, 200, null, "no message in answer", null));
  }

  /** Sends a message from the mailbox, keeping a copy in Sent Items when asked. */
  public void send(Mailbox mailbox, Message message, boolean saveToSentItems) {
    Objects.requireNonNull(message, "message == null");
    ObjectNode body = GraphJson.MAPPER.createObjectNode();
    body.set("message", GraphJson.object(message));
    body.put("saveToSentItems", saveToSentItems);
    http.write(mailbox, "POST", http.uri(mailbox.path("sendMail"), Map.of()), body, null);
  }
}
