package com.tandem.server.sync.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.reconcile.SideChange;
import com.tandem.graph.AccessTokens;
import com.tandem.graph.DeltaItem;
import com.tandem.graph.DeltaPage;
import com.tandem.graph.GraphClient;
import com.tandem.graph.GraphEndpoints;
import com.tandem.graph.Mailbox;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.RemovedReason;
import com.tandem.server.sync.resource.MicrosoftPage;
import com.tandem.server.sync.resource.MicrosoftTarget;
import com.tandem.server.sync.resource.SkippedItem;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events Graph may send but no write to the emulator can make (it refuses them, as Graph does on
 * writes): each is skipped with a reason and the page goes on.
 */
public class MicrosoftCalendarPageTest {

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final MicrosoftCalendarItems side =
      new MicrosoftCalendarItems(Clock.systemUTC(), new MemoryOccurrenceMasters());
  private final MicrosoftTarget target =
      new MicrosoftTarget(
          GraphClient.builder(
                  GraphEndpoints.of("http://localhost:1", "t", "http://localhost:1"),
                  (AccessTokens) mailbox -> "unused")
              .build(),
          Mailbox.me("adele"),
          null);

  @Test
  void badEventsAreSkippedWithAReasonEachAndGoodOnesPass() {
    DeltaPage<Event> page =
        new DeltaPage<>(
            List.of(
                item("good", "Good", "2026-03-05T09:00:00", "2026-03-05T10:00:00", "UTC"),
                item("backwards", "Backwards", "2026-03-05T10:00:00", "2026-03-05T09:00:00", "UTC"),
                item(
                    "custom",
                    "Custom zone",
                    "2026-03-05T09:00:00",
                    "2026-03-05T10:00:00",
                    "tzone://Microsoft/Custom"),
                item("untitled", null, "2026-03-05T09:00:00", "2026-03-05T10:00:00", "UTC"),
                DeltaItem.changed(
                    "nostart", event("{\"id\":\"nostart\",\"subject\":\"No start\"}")),
                DeltaItem.removed("moved", RemovedReason.CHANGED)),
            null,
            "https://graph/delta?$deltatoken=1");

    MicrosoftPage<EventFields> mapped = side.page(target, page, new HashSet<>());

    assertThat(mapped.changes()).extracting(SideChange::id).containsExactly("good");
    assertThat(mapped.last()).isTrue();
    assertThat(mapped.resumeLink()).isEqualTo("https://graph/delta?$deltatoken=1");
    assertThat(mapped.skipped())
        .extracting(SkippedItem::id, SkippedItem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "backwards", "an event cannot end before it starts"),
            org.assertj.core.groups.Tuple.tuple(
                "custom",
                "its unknown time zone: 'tzone://Microsoft/Custom' (neither a Windows zone name"
                    + " nor an IANA id)"),
            org.assertj.core.groups.Tuple.tuple("untitled", "it has no subject"),
            org.assertj.core.groups.Tuple.tuple("nostart", "it has no start"));
  }

  @Test
  void anEventInABareOffsetZoneIsKeptInItsEtcRegion() {
    DeltaPage<Event> page =
        new DeltaPage<>(
            List.of(
                item(
                    "offset", "Offset", "2026-03-05T09:00:00", "2026-03-05T10:00:00", "GMT+05:00")),
            null,
            "https://graph/delta?$deltatoken=1");

    MicrosoftPage<EventFields> mapped = side.page(target, page, new HashSet<>());

    assertThat(mapped.skipped()).isEmpty();
    SideChange.Upserted<EventFields> upserted =
        (SideChange.Upserted<EventFields>) mapped.changes().get(0);
    assertThat(EventConversion.toCrm(upserted.item().fields()).timeZone().getId())
        .isEqualTo("Etc/GMT-5");
  }

  private static DeltaItem<Event> item(
      String id, String subject, String start, String end, String zone) {
    String json =
        """
        {"id":"%s",%s"changeKey":"ck-%s","lastModifiedDateTime":"2026-03-01T00:00:00Z",
         "type":"singleInstance",
         "start":{"dateTime":"%s","timeZone":"UTC"},"end":{"dateTime":"%s","timeZone":"UTC"},
         "originalStartTimeZone":"%s","originalEndTimeZone":"%s"}
        """
            .formatted(
                id,
                subject == null ? "" : "\"subject\":\"" + subject + "\",",
                id,
                start,
                end,
                zone,
                zone);
    return DeltaItem.changed(id, event(json));
  }

  private static Event event(String json) {
    return JSON.readValue(json, Event.class);
  }
}
