package com.tandem.emulator.graph;

import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The names Graph reads in any letter case: resource names in paths and property names in request
 * bodies and in {@code $select}. Microsoft's Graph documentation (call the API, traverse the graph)
 * says to assume that resource names, query parameters, function names and request-body property
 * names and values are case-insensitive, while ids and assigned values are not. The emulator's
 * handlers compare the schema's spelling, so names are turned into it here first.
 */
public final class SchemaNames {
  /**
   * Property names of the types whose bodies the emulator reads (events and their parts, To Do
   * tasks, lists and linked resources, messages and sendMail, subscriptions), as the schema spells
   * them.
   */
  public static final List<String> PROPERTIES =
      words(
          """
          allowNewTimeProposals attendees body bodyPreview cancelledOccurrences
          categories changeKey createdDateTime end exceptionOccurrences
          hasAttachments hideAttendees iCalUId id importance isAllDay
          isCancelled isDraft isOnlineMeeting isOrganizer isReminderOn
          lastModifiedDateTime location locations onlineMeeting
          onlineMeetingProvider onlineMeetingUrl organizer originalEndTimeZone
          originalStart originalStartTimeZone recurrence reminderMinutesBeforeStart
          responseRequested responseStatus sensitivity seriesMasterId showAs
          singleValueExtendedProperties start subject transactionId type webLink
          attachments extensions multiValueExtendedProperties
          emailAddress status name address response time content
          contentType dateTime timeZone displayName locationType uniqueId
          uniqueIdType locationEmailAddress locationUri coordinates
          pattern range interval month dayOfMonth daysOfWeek firstDayOfWeek
          index startDate endDate recurrenceTimeZone numberOfOccurrences
          value
          title dueDateTime startDateTime reminderDateTime completedDateTime
          bodyLastModifiedDateTime linkedResources webUrl applicationName
          externalId isOwner isShared wellknownListName
          toRecipients ccRecipients bccRecipients replyTo from sender
          internetMessageId conversationId isRead flag flagStatus message
          saveToSentItems
          changeType notificationUrl lifecycleNotificationUrl resource
          expirationDateTime clientState includeResourceData
          latestSupportedTlsVersion
          """);

  /** Resource, function and action names of the paths the emulator serves. */
  public static final List<String> SEGMENTS =
      words(
          """
          me users $batch subscriptions events calendarView calendar
          calendars instances delta todo lists tasks linkedResources
          mailFolders childFolders messages sendMail
          """);

  private static final Map<String, String> PROPERTY = index(PROPERTIES);
  private static final Map<String, String> SEGMENT = index(SEGMENTS);
  private static final Pattern KEYED = Pattern.compile("([A-Za-z]+)\\('((?:[^']|'')*)'\\)");

  private SchemaNames() {}

  private static List<String> words(String text) {
    return List.of(text.trim().split("\\s+"));
  }

  private static Map<String, String> index(List<String> names) {
    Map<String, String> byFolded = new HashMap<>();
    for (String name : names) {
      String earlier = byFolded.put(name.toLowerCase(Locale.ROOT), name);
      if (earlier != null && !earlier.equals(name)) {
        throw new IllegalStateException(earlier + " and " + name + " differ only in case");
      }
    }
    return byFolded;
  }

  /** The schema's spelling of a property name given in any case, or the name as given. */
  public static String property(String name) {
    String found = PROPERTY.get(name.toLowerCase(Locale.ROOT));
    return found == null ? name : found;
  }

  /**
   * Path segments with the resource names among them in the schema's spelling, and OData's key in
   * parentheses ({@code mailFolders('inbox')}, {@code users('adele@contoso.test')}) read as the
   * segment after the name, as Graph reads both forms.
   */
  public static List<String> segments(List<String> segments) {
    List<String> out = new ArrayList<>(segments.size() + 2);
    for (String s : segments) {
      Matcher keyed = s.endsWith("')") ? KEYED.matcher(s) : null;
      boolean hasKey = keyed != null && keyed.matches();
      String found = SEGMENT.get((hasKey ? keyed.group(1) : s).toLowerCase(Locale.ROOT));
      if (found != null && hasKey) {
        out.add(found);
        out.add(keyed.group(2).replace("''", "'"));
      } else {
        out.add(found == null ? s : found);
      }
    }
    return out;
  }

  /**
   * A request body with the property names at every level in the schema's spelling; names it does
   * not know, and annotations ({@code @odata.type}), stay as sent. Two names that are one property
   * get 400, as duplicate properties do in Graph. Unchanged bodies are not copied.
   */
  public static JsonNode body(JsonNode body) {
    if (body instanceof ObjectNode object) {
      ObjectNode out = null;
      for (Map.Entry<String, JsonNode> p : object.properties()) {
        String name = p.getKey().startsWith("@") ? p.getKey() : property(p.getKey());
        JsonNode value = body(p.getValue());
        if (out == null && (!name.equals(p.getKey()) || value != p.getValue())) {
          out = Json.object();
          for (Map.Entry<String, JsonNode> before : object.properties()) {
            if (before.getKey().equals(p.getKey())) {
              break;
            }
            out.set(before.getKey(), before.getValue());
          }
        }
        if (out != null && out.replace(name, value) != null) {
          throw GraphException.badRequest(
              "RequestBodyRead",
              "Multiple properties with the name '" + name + "' were found in the request body.");
        }
      }
      return out == null ? body : out;
    }
    if (body instanceof ArrayNode array) {
      ArrayNode out = null;
      for (int i = 0; i < array.size(); i++) {
        JsonNode value = body(array.get(i));
        if (out == null && value != array.get(i)) {
          out = array.deepCopy();
        }
        if (out != null) {
          out.set(i, value);
        }
      }
      return out == null ? body : out;
    }
    return body;
  }
}
