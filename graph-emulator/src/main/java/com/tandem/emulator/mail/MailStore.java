package com.tandem.emulator.mail;

import com.tandem.emulator.delta.ChangeLog;
import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Ids;
import com.tandem.emulator.graph.ChangeSink;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A user's mail folders (with the well-known ones) and their messages. */
public final class MailStore {
  private static final String[][] WELL_KNOWN = {
    {"inbox", "Inbox"}, {"drafts", "Drafts"}, {"sentitems", "Sent Items"},
    {"deleteditems", "Deleted Items"}, {"junkemail", "Junk Email"}, {"outbox", "Outbox"},
    {"archive", "Archive"}
  };

  /** Longest folder name Exchange takes. */
  private static final int MAX_FOLDER_NAME = 255;

  /** A folder with its messages and change log. */
  static final class Folder {
    final String id;
    final String parentId;
    final String wellKnownName;
    final String displayName;
    final Map<String, ObjectNode> messages = new LinkedHashMap<>();
    final ChangeLog log = new ChangeLog();

    Folder(String id, String parentId, String wellKnownName, String displayName) {
      this.id = id;
      this.parentId = parentId;
      this.wellKnownName = wellKnownName;
      this.displayName = displayName;
    }
  }

  final Account owner;
  final ChangeSink sink;
  final Clock clock;
  final LongSupplier sequence;
  final Map<String, Folder> folders = new LinkedHashMap<>();

  /** Attachments' metadata by message id, shown with {@code $expand=attachments}. */
  final Map<String, ArrayNode> attachments = new LinkedHashMap<>();

  private final String rootId = Ids.outlook();

  /** A mailbox with the well-known folders. */
  public MailStore(Account owner, ChangeSink sink, Clock clock, LongSupplier sequence) {
    this.owner = owner;
    this.sink = sink;
    this.clock = clock;
    this.sequence = sequence;
    for (String[] wk : WELL_KNOWN) {
      Folder f = new Folder(Ids.outlook(), rootId, wk[0], wk[1]);
      folders.put(f.id, f);
    }
  }

  /** The folders directly under {@code parentId} (the mailbox's root when null). */
  List<Folder> children(String parentId) {
    String parent = parentId == null ? rootId : parentId;
    return folders.values().stream().filter(f -> f.parentId.equals(parent)).toList();
  }

  /**
   * Adds a folder under {@code parentId} (the root when null), as {@code POST mailFolders} or
   * {@code POST mailFolders/{id}/childFolders} do: 400 without a name, 409 when the parent already
   * holds one of that name (case-insensitive, as Exchange compares).
   */
  Folder createFolder(String parentId, String displayName) {
    String name = displayName == null ? "" : displayName.trim();
    if (name.isEmpty() || name.length() > MAX_FOLDER_NAME) {
      throw GraphException.badRequest(
          "ErrorInvalidRequest", "The folder name is missing or too long.");
    }
    for (Folder sibling : children(parentId)) {
      if (sibling.displayName.equalsIgnoreCase(name)) {
        throw new GraphException(
            409, "ErrorFolderExists", "A folder with the specified name already exists.");
      }
    }
    Folder f = new Folder(Ids.outlook(), parentId == null ? rootId : parentId, "", name);
    folders.put(f.id, f);
    return f;
  }

  /** A folder by id or well-known name; 404 otherwise. */
  Folder folder(String idOrName) {
    Folder f = folders.get(idOrName);
    if (f != null) {
      return f;
    }
    String name = idOrName.toLowerCase(Locale.ROOT);
    for (Folder x : folders.values()) {
      if (x.wellKnownName.equals(name)) {
        return x;
      }
    }
    throw GraphException.notFound();
  }

  ObjectNode renderFolder(Folder f) {
    ObjectNode out = Json.object();
    out.put("id", f.id);
    out.put("displayName", f.displayName);
    out.put("parentFolderId", f.parentId);
    out.put("childFolderCount", children(f.id).size());
    long unread = f.messages.values().stream().filter(m -> !m.path("isRead").asBoolean()).count();
    out.put("unreadItemCount", (int) unread);
    out.put("totalItemCount", f.messages.size());
    out.put("isHidden", false);
    return out;
  }

  /** Finds a message in any folder; 404 otherwise. */
  Object[] message(String id) {
    for (Folder f : folders.values()) {
      ObjectNode m = f.messages.get(id);
      if (m != null) {
        return new Object[] {f, m};
      }
    }
    throw GraphException.notFound();
  }

  /**
   * A message arriving from outside the mailbox (the control API): {@code {folder, from: {name,
   * address}, to, cc, bcc: [{name, address}], subject, body: {contentType, content},
   * internetMessageId, conversationId, receivedDateTime, attachments: [{name, contentType,
   * size}]}}. Without {@code from} the message has no sender, as a malformed delivery can. Returns
   * its id; an unknown folder or a malformed field is refused before anything is stored.
   */
  public String deliver(JsonNode spec) {
    String folderName = spec.path("folder").asString("inbox");
    try {
      folder(folderName);
    } catch (GraphException e) {
      throw new IllegalArgumentException("no folder " + folderName + " in " + owner.id());
    }
    ObjectNode message = Json.object();
    for (String field : new String[] {"subject", "internetMessageId", "conversationId"}) {
      if (spec.path(field).isString()) {
        message.put(field, spec.get(field).asString());
      }
    }
    if (spec.path("body").isObject()) {
      message.set("body", spec.get("body"));
    }
    String[][] recipientFields = {
      {"to", "toRecipients"}, {"cc", "ccRecipients"}, {"bcc", "bccRecipients"}
    };
    for (String[] kind : recipientFields) {
      message.set(kind[1], addresses(spec.path(kind[0])));
    }
    boolean hasFrom = spec.path("from").isObject();
    if (hasFrom) {
      message.set("from", addresses(Json.array().add(spec.get("from"))).get(0));
    }
    Instant received = null;
    if (spec.path("receivedDateTime").isString()) {
      try {
        received = Instant.parse(spec.get("receivedDateTime").asString());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("receivedDateTime is not an ISO instant");
      }
    }
    ObjectNode stored;
    try {
      stored = store(folderName, message, false);
    } catch (GraphException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    if (!hasFrom) {
      stored.remove("from");
      stored.remove("sender");
    }
    if (received != null) {
      stored.put("receivedDateTime", Json.instant(received));
      stored.put("sentDateTime", Json.instant(received));
    }
    ArrayNode files = Json.array();
    for (JsonNode a : spec.path("attachments")) {
      ObjectNode file = files.addObject();
      file.put("@odata.type", "#microsoft.graph.fileAttachment");
      file.put("id", Ids.outlook());
      file.put("name", a.path("name").asString("attachment"));
      file.put("contentType", a.path("contentType").asString("application/octet-stream"));
      file.put("size", a.path("size").asLong(0));
      file.put("isInline", a.path("isInline").asBoolean(false));
      file.put("lastModifiedDateTime", stored.path("receivedDateTime").asString());
    }
    stored.put("hasAttachments", !files.isEmpty());
    if (!files.isEmpty()) {
      attachments.put(stored.path("id").asString(), files);
    }
    return stored.path("id").asString();
  }

  /** {@code [{name, address}]} as Graph recipients ({@code [{emailAddress: {name, address}}]}). */
  private static ArrayNode addresses(JsonNode list) {
    ArrayNode out = Json.array();
    if (list.isMissingNode() || list.isNull()) {
      return out;
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException("recipients must be a list of {name, address}");
    }
    for (JsonNode r : list) {
      ObjectNode e = out.addObject().putObject("emailAddress");
      String address = Json.text(r, "address");
      if (address == null) {
        throw new IllegalArgumentException("a recipient has no address");
      }
      e.put("address", address);
      String name = Json.text(r, "name");
      if (name != null) {
        e.put("name", name);
      }
    }
    return out;
  }

  /** Stores a copy of {@code message} in {@code folderName} and returns it. */
  ObjectNode store(String folderName, JsonNode message, boolean isRead) {
    Folder f = folder(folderName);
    String id = Ids.outlook();
    String now = Json.instant(clock.instant());
    ObjectNode m = Json.object();
    m.put("@odata.etag", "W/\"" + Ids.changeKey() + "\"");
    m.put("id", id);
    m.put("createdDateTime", now);
    m.put("lastModifiedDateTime", now);
    m.put("changeKey", Ids.changeKey());
    m.putArray("categories");
    m.put("receivedDateTime", now);
    m.put("sentDateTime", now);
    m.put("hasAttachments", false);
    m.put(
        "internetMessageId",
        message
            .path("internetMessageId")
            .asString(
                "<" + Ids.hex(8) + "@" + owner.userPrincipalName().replaceAll(".*@", "") + ">"));
    m.put("subject", message.path("subject").asString(""));
    ObjectNode body = Json.object();
    body.put("contentType", message.path("body").path("contentType").asString("text"));
    body.put("content", message.path("body").path("content").asString(""));
    String preview = body.get("content").asString().replaceAll("<[^>]*>", "").trim();
    m.put("bodyPreview", preview.length() > 255 ? preview.substring(0, 255) : preview);
    m.put("importance", message.path("importance").asString("normal"));
    m.put("parentFolderId", f.id);
    m.put("conversationId", message.path("conversationId").asString(Ids.outlook()));
    m.put("isDeliveryReceiptRequested", false);
    m.put("isReadReceiptRequested", false);
    m.put("isRead", isRead);
    m.put("isDraft", false);
    m.put(
        "webLink",
        "https://outlook.office365.com/owa/?ItemID=" + id + "&exvsurl=1&viewmodel=ReadMessageItem");
    m.put("inferenceClassification", "focused");
    m.set("body", body);
    m.set("sender", message.path("from").isObject() ? message.get("from") : from());
    m.set("from", message.path("from").isObject() ? message.get("from") : from());
    for (String r : new String[] {"toRecipients", "ccRecipients", "bccRecipients", "replyTo"}) {
      m.set(r, recipients(message.path(r)));
    }
    m.putObject("flag").put("flagStatus", "notFlagged");
    f.messages.put(id, m);
    f.log.changed(id, sequence.getAsLong());
    sink.changed(
        owner,
        "messages",
        id,
        "created",
        "#microsoft.graph.message",
        m.path("@odata.etag").asString());
    return m;
  }

  ObjectNode from() {
    ObjectNode r = Json.object();
    ObjectNode e = r.putObject("emailAddress");
    e.put("name", owner.displayName());
    e.put("address", owner.userPrincipalName());
    return r;
  }

  static ArrayNode recipients(JsonNode list) {
    ArrayNode out = Json.array();
    for (JsonNode r : list) {
      String address = Json.text(r.path("emailAddress"), "address");
      if (address == null) {
        throw GraphException.badRequest(
            "ErrorInvalidRecipients", "At least one recipient is not valid.");
      }
      ObjectNode e = out.addObject().putObject("emailAddress");
      String name = Json.text(r.path("emailAddress"), "name");
      e.put("name", name == null ? address : name);
      e.put("address", address);
    }
    return out;
  }
}
