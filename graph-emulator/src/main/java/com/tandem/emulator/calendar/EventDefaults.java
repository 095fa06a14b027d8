package com.tandem.emulator.calendar;

import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Ids;
import com.tandem.emulator.http.Json;
import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/** The properties Graph gives a new event before any of the request's are applied. */
final class EventDefaults {
  /** Graph's "never" for times not set, such as a response not given yet. */
  static final String NEVER = "0001-01-01T00:00:00Z";

  private EventDefaults() {}

  /** A new event's representation with every default Graph fills in. */
  static ObjectNode of(String id, Account owner, Instant now) {
    ObjectNode e = Json.object();
    e.put("id", id);
    e.put("createdDateTime", Json.instant(now));
    e.put("lastModifiedDateTime", Json.instant(now));
    e.put("changeKey", Ids.changeKey());
    e.putArray("categories");
    e.put("originalStartTimeZone", "UTC");
    e.put("originalEndTimeZone", "UTC");
    e.put("iCalUId", "040000008200E00074C5B7101A82E00800000000" + Ids.hex(36));
    e.put("reminderMinutesBeforeStart", 15);
    e.put("isReminderOn", true);
    e.put("hasAttachments", false);
    e.put("subject", "");
    e.put("bodyPreview", "");
    e.put("importance", "normal");
    e.put("sensitivity", "normal");
    e.put("isAllDay", false);
    e.put("isCancelled", false);
    e.put("isDraft", false);
    e.put("isOrganizer", true);
    e.put("responseRequested", true);
    e.putNull("seriesMasterId");
    e.put("showAs", "busy");
    e.put("type", "singleInstance");
    e.put(
        "webLink",
        "https://outlook.office365.com/owa/?itemid=" + id + "&exvsurl=1&path=/calendar/item");
    e.putNull("onlineMeetingUrl");
    e.put("isOnlineMeeting", false);
    e.put("onlineMeetingProvider", "unknown");
    e.putNull("onlineMeeting");
    e.put("allowNewTimeProposals", true);
    e.put("hideAttendees", false);
    ObjectNode rs = e.putObject("responseStatus");
    rs.put("response", "organizer");
    rs.put("time", NEVER);
    ObjectNode body = e.putObject("body");
    body.put("contentType", "text");
    body.put("content", "");
    e.putNull("start");
    e.putNull("end");
    ObjectNode loc = e.putObject("location");
    loc.put("displayName", "");
    loc.put("locationType", "default");
    loc.put("uniqueIdType", "unknown");
    e.putArray("locations");
    e.putNull("recurrence");
    e.putArray("attendees");
    ObjectNode org = e.putObject("organizer").putObject("emailAddress");
    org.put("name", owner.displayName());
    org.put("address", owner.userPrincipalName());
    return e;
  }
}
