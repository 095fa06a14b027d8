package com.tandem.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.engine.reconcile.ConflictPolicy;
import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.Plan;
import com.tandem.engine.reconcile.Reconciler;
import com.tandem.engine.reconcile.SideChange;
import com.tandem.engine.reconcile.SyncAction;
import com.tandem.engine.reconcile.SyncInput;
import com.tandem.engine.reconcile.SyncLink;
import com.tandem.engine.reconcile.SyncPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFieldsTest {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static final EventFields STANDUP =
      EventFields.of(
          "Standup",
          EventTime.of("2026-03-02T09:00", "Europe/Berlin"),
          EventTime.of("2026-03-02T09:15", "Europe/Berlin"));

  @Test
  void eventsWithTheSameTitleAndTimesMatchWhateverZoneTheyAreShownIn() {
    EventFields shownInLondon =
        EventFields.of(
            "STANDUP ",
            EventTime.of("2026-03-02T08:00", "Europe/London"),
            EventTime.of("2026-03-02T08:15", "Europe/London"));

    assertThat(shownInLondon.matchKey()).isEqualTo(STANDUP.matchKey());
    assertThat(STANDUP.withTitle("Retro").matchKey()).isNotEqualTo(STANDUP.matchKey());
  }

  @Test
  void firstSyncLinksAnOutlookEventWithTheSameTitleAndTimesInsteadOfCopyingIt() {
    Plan<EventFields> plan =
        new Reconciler(Clock.fixed(T0, ZoneOffset.UTC))
            .plan(
                SyncPolicy.defaults(),
                new SyncInput<>(
                    List.of(),
                    List.of(SideChange.upserted(ItemState.of("c1", "v1", T0, STANDUP))),
                    List.of(SideChange.upserted(ItemState.of("m1", "k1", T0, STANDUP)))));

    assertThat(plan.actions()).singleElement().isInstanceOf(SyncAction.Link.class);
  }

  @Test
  void mergingTakesNewTimesFromOneSideAndANewTitleFromTheOther() {
    SyncLink<EventFields> link = SyncLink.of("c1", "v1", "m1", "k1", STANDUP, T0);
    EventFields renamed = STANDUP.withTitle("Daily standup");
    EventFields moved =
        STANDUP.withFieldsOf(
            EventFields.of(
                "x",
                EventTime.of("2026-03-02T10:00", "Europe/Berlin"),
                EventTime.of("2026-03-02T10:30", "Europe/Berlin")),
            Set.of("start", "end"));

    Plan<EventFields> plan =
        new Reconciler(Clock.fixed(T0, ZoneOffset.UTC))
            .plan(
                SyncPolicy.defaults().withConflictPolicy(ConflictPolicy.MERGE_FIELDS),
                new SyncInput<>(
                    List.of(link),
                    List.of(SideChange.upserted(ItemState.of("c1", "v2", T0, renamed))),
                    List.of(SideChange.upserted(ItemState.of("m1", "k2", T0, moved)))));

    SyncAction.Update<EventFields> update =
        plan.actions().stream()
            .filter(SyncAction.Update.class::isInstance)
            .map(a -> (SyncAction.Update<EventFields>) a)
            .findFirst()
            .orElseThrow();
    assertThat(update.fields()).isEqualTo(moved.withTitle("Daily standup"));
  }

  @Test
  void startEndAndAllDayAreMergedTogether() {
    EventFields allDay =
        new EventFields(
            "Standup",
            null,
            EventTime.of("2026-03-02T00:00", "Europe/Berlin"),
            EventTime.of("2026-03-03T00:00", "Europe/Berlin"),
            true,
            null,
            null,
            null,
            null,
            false,
            null);

    EventFields merged = STANDUP.withFieldsOf(allDay, Set.of("allDay"));

    assertThat(merged.allDay()).isTrue();
    assertThat(merged.start()).isEqualTo(allDay.start());
    assertThat(merged.end()).isEqualTo(allDay.end());
  }

  @Test
  void anEventCannotEndBeforeItStarts() {
    assertThatThrownBy(
            () ->
                EventFields.of(
                    "Backwards",
                    EventTime.of("2026-03-02T10:00", "Europe/Berlin"),
                    EventTime.of("2026-03-02T09:00", "Europe/Berlin")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end before it starts");
  }

  @Test
  void aRecurrencePatternChecksWhatItsTypeNeeds() {
    assertThatThrownBy(() -> RecurrencePattern.weekly(1, Set.of(), null))
        .hasMessageContaining("days of the week");
    assertThatThrownBy(() -> RecurrencePattern.absoluteMonthly(1, 32))
        .hasMessageContaining("dayOfMonth");
    assertThatThrownBy(() -> RecurrencePattern.daily(0)).hasMessageContaining("interval");
  }
}
