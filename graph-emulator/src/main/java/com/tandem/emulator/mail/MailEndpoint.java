package com.tandem.emulator.mail;

import com.tandem.emulator.delta.DeltaPager;
import com.tandem.emulator.delta.DeltaToken;
import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Ids;
import com.tandem.emulator.directory.Tenant;
import com.tandem.emulator.graph.GraphCall;
import com.tandem.emulator.graph.GraphEnum;
import com.tandem.emulator.graph.Mailbox;
import com.tandem.emulator.graph.Pages;
import com.tandem.emulator.graph.Permission;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /mailFolders…}, {@code /messages/{id}} and {@code /sendMail}. */
public final class MailEndpoint {
  private final DeltaPager pager;

  /** An endpoint using {@code pager} for delta. */
  public MailEndpoint(DeltaPager pager) {
    this.pager = pager;
  }

  /** Handles mail paths. */
  public ApiResponse handle(GraphCall call) {
    String method = call.request().method();
    if ("sendMail".equals(call.seg(0))) {
      call.require(Permission.MAIL_SEND);
      if (!method.equals("POST")) {
        throw call.unsupported();
      }
      return send(call);
    }
    call.require(method.equals("GET") ? Permission.MAIL_READ : Permission.MAIL_WRITE);
    Mailbox box = call.mailbox();
    MailStore store = box.mail();
    int n = call.rest().size();
    synchronized (box) {
      if ("messages".equals(call.seg(0))) {
        if (n == 1 && method.equals("GET")) {
          List<ObjectNode> all = new ArrayList<>();
          store
              .folders
              .values()
              .forEach(f -> f.messages.values().forEach(m -> all.add(m.deepCopy())));
          return Pages.of(call, all, 10);
        }
        if (n == 2) {
          return message(call, store, call.seg(1));
        }
        if (n == 3 && "move".equals(call.seg(2)) && method.equals("POST")) {
          return move(call, store, call.seg(1));
        }
        throw GraphException.badRequest("BadRequest", "Resource not found for the segment.");
      }
      if (n == 1) {
        return folders(call, store, null);
      }
      MailStore.Folder folder = store.folder(call.seg(1));
      if (n == 2 && method.equals("GET")) {
        return ApiResponse.json(200, store.renderFolder(folder));
      }
      if (n == 3 && "childFolders".equals(call.seg(2))) {
        return folders(call, store, folder.id);
      }
      if (n >= 3 && "messages".equals(call.seg(2))) {
        if (n == 3 && method.equals("GET")) {
          return list(call, folder);
        }
        if (n == 4 && "delta".equals(call.seg(3)) && method.equals("GET")) {
          return delta(call, folder);
        }
        if (n == 4) {
          return message(call, store, call.seg(3));
        }
      }
      throw GraphException.badRequest("BadRequest", "Resource not found for the segment.");
    }
  }

  /** Lists (GET) or adds (POST) the folders under {@code parentId}, the root when null. */
  private static ApiResponse folders(GraphCall call, MailStore store, String parentId) {
    switch (call.request().method()) {
      case "GET":
        List<ObjectNode> items = new ArrayList<>();
        store.children(parentId).forEach(f -> items.add(store.renderFolder(f)));
        return Pages.of(call, items, 10);
      case "POST":
        MailStore.Folder created =
            store.createFolder(parentId, Json.text(call.body(), "displayName"));
        return ApiResponse.json(201, store.renderFolder(created));
      default:
        throw call.unsupported();
    }
  }

  /**
   * A folder's messages: {@code $filter} on {@code receivedDateTime} (ge, gt, le, lt, joined by
   * {@code and}) and {@code $orderby=receivedDateTime desc} (or asc), paged with {@code $top}.
   */
  private static ApiResponse list(GraphCall call, MailStore.Folder folder) {
    ReceivedFilter filter = ReceivedFilter.forList(call.request().query().get("$filter"));
    List<ObjectNode> items = new ArrayList<>();
    folder.messages.values().stream().filter(filter::accepts).forEach(m -> items.add(m.deepCopy()));
    String order = call.request().query().get("$orderby");
    if (order != null) {
      String o = order.trim().replaceAll("\\s+", " ");
      Comparator<ObjectNode> byReceived =
          Comparator.comparing(m -> m.path("receivedDateTime").asString());
      if (o.equalsIgnoreCase("receivedDateTime desc")) {
        items.sort(byReceived.reversed());
      } else if (o.equalsIgnoreCase("receivedDateTime")
          || o.equalsIgnoreCase("receivedDateTime asc")) {
        items.sort(byReceived);
      } else {
        throw GraphException.badRequest("BadRequest", "The $orderby is not supported: " + order);
      }
    }
    return Pages.of(call, items, 10);
  }

  /**
   * {@code POST /messages/{id}/move {destinationId}}: the message leaves its folder (a removal in
   * that folder's delta) and arrives in the other (a change there), keeping its id as immutable ids
   * do.
   */
  private static ApiResponse move(GraphCall call, MailStore store, String id) {
    Object[] found = store.message(id);
    MailStore.Folder from = (MailStore.Folder) found[0];
    String destination = Json.text(call.body(), "destinationId");
    if (destination == null) {
      throw GraphException.badRequest("ErrorInvalidRequest", "The destinationId is required.");
    }
    MailStore.Folder to = store.folder(destination);
    ObjectNode m = (ObjectNode) found[1];
    if (to != from) {
      from.messages.remove(id);
      from.log.removed(id, store.sequence.getAsLong(), m);
      String changeKey = Ids.changeKey();
      m.put("parentFolderId", to.id);
      m.put("changeKey", changeKey);
      m.put("@odata.etag", "W/\"" + changeKey + "\"");
      m.put("lastModifiedDateTime", Json.instant(call.now()));
      to.messages.put(id, m);
      to.log.changed(id, store.sequence.getAsLong());
    }
    return ApiResponse.json(201, m.deepCopy());
  }

  private static ApiResponse message(GraphCall call, MailStore store, String id) {
    Object[] found = store.message(id);
    MailStore.Folder folder = (MailStore.Folder) found[0];
    ObjectNode m = (ObjectNode) found[1];
    switch (call.request().method()) {
      case "GET":
        ObjectNode shown = m.deepCopy();
        String expand = call.request().query().get("$expand");
        if (expand != null && expand.toLowerCase(Locale.ROOT).startsWith("attachments")) {
          shown.set("attachments", store.attachments.getOrDefault(id, Json.array()).deepCopy());
        }
        return ApiResponse.json(200, shown);
      case "PATCH":
        JsonNode body = call.body();
        if (body.has("isRead")) {
          m.put("isRead", body.get("isRead").asBoolean());
        }
        if (body.has("categories")) {
          m.set("categories", body.get("categories"));
        }
        m.put("lastModifiedDateTime", Json.instant(call.now()));
        folder.log.changed(id, store.sequence.getAsLong());
        return ApiResponse.json(200, m.deepCopy());
      case "DELETE":
        folder.messages.remove(id);
        folder.log.removed(id, store.sequence.getAsLong(), m);
        store.sink.changed(
            store.owner, "messages", id, "deleted", "#microsoft.graph.message", null);
        return ApiResponse.empty(204);
      default:
        throw call.unsupported();
    }
  }

  /** Graph ends a message delta round that has a {@code $filter} after this many messages. */
  static final int FILTERED_ROUND_CAP = 5_000;

  private ApiResponse delta(GraphCall call, MailStore.Folder folder) {
    // A round's filter lives in its token: window start = the time, window end = 1 for "gt".
    ReceivedFilter filter = ReceivedFilter.forDelta(call.request().query().get("$filter"));
    DeltaToken token =
        pager.token(
            call.request(), "messages:" + folder.id, filter.afterMillis(), filter.strict() ? 1 : 0);
    ReceivedFilter round = ReceivedFilter.of(token.windowStart(), token.windowEnd() == 1);
    DeltaPager.Renderer renderer =
        (change, t, out) -> {
          if (change.removed()) {
            out.add(DeltaPager.removed("#microsoft.graph.message", change.id()));
          } else {
            ObjectNode m = folder.messages.get(change.id());
            if (round.accepts(m)) {
              out.add(m.deepCopy());
            }
          }
        };
    return pager.page(
        call.request(),
        token,
        folder.log,
        renderer,
        call.selfLink(),
        DeltaPager.pageSize(call.request(), 10),
        round.any() ? FILTERED_ROUND_CAP : 0);
  }

  private static ApiResponse send(GraphCall call) {
    JsonNode body = call.body();
    JsonNode message = body.path("message");
    if (!message.isObject()) {
      throw GraphException.badRequest("ErrorInvalidRequest", "The message is required.");
    }
    Set<String> recipients = new LinkedHashSet<>();
    for (String kind : new String[] {"toRecipients", "ccRecipients", "bccRecipients"}) {
      MailStore.recipients(message.path(kind))
          .forEach(r -> recipients.add(r.path("emailAddress").path("address").asString()));
    }
    if (recipients.isEmpty()) {
      throw GraphException.badRequest(
          "ErrorInvalidRecipients", "At least one recipient is not valid., Recipient is missing.");
    }
    Mailbox box = call.mailbox();
    ObjectNode sent = Json.object().setAll((ObjectNode) message);
    canonicalEnums(sent);
    synchronized (box) {
      sent.set("from", box.mail().from());
      if (body.path("saveToSentItems").asBoolean(true)) {
        box.mail().store("sentitems", sent, true);
      }
    }
    Tenant tenant = call.directory().tenant(call.owner().tenantId());
    for (String address : recipients) {
      Account to = tenant.user(address);
      if (to != null) {
        Mailbox inbox = to.mailbox();
        synchronized (inbox) {
          inbox.mail().store("inbox", sent, false);
        }
      }
    }
    return ApiResponse.empty(202);
  }

  /** Puts the message's enum values in the schema's spelling, refusing any that name no member. */
  private static void canonicalEnums(ObjectNode message) {
    JsonNode importance = message.get("importance");
    if (importance != null && !importance.isNull()) {
      message.put("importance", GraphEnum.IMPORTANCE.read(importance, "RequestBodyRead"));
    }
    if (message.get("body") instanceof ObjectNode body) {
      JsonNode type = body.get("contentType");
      if (type != null && !type.isNull()) {
        ObjectNode copy = body.deepCopy();
        copy.put("contentType", GraphEnum.BODY_TYPE.read(type, "RequestBodyRead"));
        message.set("body", copy);
      }
    }
  }
}
