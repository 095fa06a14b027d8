package com.tandem.server.sync.calendar;

import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.EventMapping;
import com.tandem.engine.calendar.GraphEvent;
import com.tandem.engine.reconcile.ItemState;
import com.tandem.engine.reconcile.SideChange;
import com.tandem.graph.BatchRequest;
import com.tandem.graph.BatchResult;
import com.tandem.graph.DeltaItem;
import com.tandem.graph.DeltaPage;
import com.tandem.graph.DeltaPages;
import com.tandem.graph.Events;
import com.tandem.graph.GraphClient;
import com.tandem.graph.Mailbox;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.model.Event;
import com.tandem.graph.model.EventType;
import com.tandem.graph.model.RemovedReason;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.sync.resource.InboundMapping;
import com.tandem.server.sync.resource.ItemVersion;
import com.tandem.server.sync.resource.MicrosoftItems;
import com.tandem.server.sync.resource.MicrosoftPage;
import com.tandem.server.sync.resource.MicrosoftPages;
import com.tandem.server.sync.resource.MicrosoftTarget;
import com.tandem.server.sync.resource.SkippedItem;
import com.tandem.server.sync.resource.SyncWindow;
import com.tandem.server.sync.resource.VersionFormats;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Microsoft side of calendar sync: the primary calendar of the user's mailbox, read through
 * {@code calendarView/delta} over the sync window.
 *
 * <p>Single events and series masters are synced. The calendar view reports a series as its
 * occurrences and exceptions, so an occurrence, an exception or a cancelled occurrence stands for a
 * change of its series: the master is read by id once per round with its cancelled and changed
 * occurrences (and its CRM-id stamp). Writing a series writes its master, then each occurrence that
 * differs ({@link OccurrenceWrites}).
 *
 * <p>Graph reports an event that left the window like a deleted one, so a removal is only passed on
 * as a deletion once reading the event by id finds it gone. A deleted series shows as removed
 * occurrences: the series they were seen in ({@link OccurrenceMasters}) is read, and reported
 * deleted when it is gone.
 */
@Component
class MicrosoftCalendarItems implements MicrosoftItems<EventFields> {

  private static final Logger LOG = LoggerFactory.getLogger(MicrosoftCalendarItems.class);

  private final Clock clock;
  private final OccurrenceMasters occurrences;
  private final InboundMapping<EventFields> intake =
      new InboundMapping<>(LOG, "Outlook event", CalendarEventFields.MAX_TITLE);

  MicrosoftCalendarItems(Clock clock, OccurrenceMasters occurrences) {
    this.clock = clock;
    this.occurrences = occurrences;
  }

  @Override
  public MicrosoftTarget target(GraphClient graph, Mailbox mailbox) {
    return new MicrosoftTarget(graph, mailbox, null);
  }

  @Override
  public MicrosoftPages<EventFields> changes(
      MicrosoftTarget target, String link, SyncWindow window) {
    Events events = target.graph().events();
    return pages(
        target,
        link == null
            ? events.deltaPages(target.mailbox(), window.from(), window.to())
            : events.resumePages(target.mailbox(), link));
  }

  @Override
  public Optional<BatchRequest> firstRead(
      String id, MicrosoftTarget target, String link, SyncWindow window) {
    Events events = target.graph().events();
    return Optional.of(
        link == null
            ? events.deltaRequest(id, target.mailbox(), window.from(), window.to())
            : events.resumeRequest(id, link));
  }

  @Override
  public MicrosoftPages<EventFields> changes(MicrosoftTarget target, BatchResult batch, String id) {
    return pages(target, target.graph().events().deltaPages(target.mailbox(), batch, id));
  }

  /** A round's pages, each in the engine's vocabulary; a series is read once per round. */
  private MicrosoftPages<EventFields> pages(MicrosoftTarget target, DeltaPages<Event> round) {
    Set<String> seriesRead = new HashSet<>();
    return MicrosoftPages.of(round, page -> page(target, page, seriesRead));
  }

  /** One delta page in the engine's vocabulary; reads series masters and removed events by id. */
  MicrosoftPage<EventFields> page(
      MicrosoftTarget target, DeltaPage<Event> page, Set<String> seriesRead) {
    List<SideChange<EventFields>> changes = new ArrayList<>();
    List<SkippedItem> skipped = new ArrayList<>();
    Set<String> unreadStamps = new HashSet<>();
    Map<String, String> seen = new HashMap<>();
    for (DeltaItem<Event> item : page.items()) {
      Event event;
      if (item.wasRemoved()) {
        Optional<String> series =
            Optional.ofNullable(seen.get(item.id()))
                .or(() -> occurrences.masterOf(target.mailbox(), item.id()));
        if (series.isPresent()) {
          // A cancelled occurrence changes its series; the removed occurrences of a deleted one
          // delete it once reading the master by id finds it gone.
          if (!seriesRead.add(series.get())) {
            continue;
          }
          Optional<Event> master = get(target, series.get());
          if (master.isEmpty()) {
            changes.add(SideChange.deleted(series.get()));
            occurrences.forget(target.mailbox(), series.get());
            continue;
          }
          event = master.get();
        } else {
          // "changed" never means deleted; "deleted" may mean it left the window: look it up.
          if (item.removed() == RemovedReason.DELETED && gone(target, item.id())) {
            changes.add(SideChange.deleted(item.id()));
          }
          continue;
        }
      } else {
        event = item.value();
        if (event.transactionId() != null && event.crmId().isEmpty()) {
          // Made through the API with an idempotency key, likely by Tandem: delta leaves the
          // stamp out.
          unreadStamps.add(event.id());
        }
      }
      if (event.type() == EventType.OCCURRENCE || event.type() == EventType.EXCEPTION) {
        String masterId = event.seriesMasterId();
        if (masterId != null) {
          seen.put(event.id(), masterId);
        }
        if (masterId == null || !seriesRead.add(masterId)) {
          continue;
        }
        Optional<Event> master = get(target, masterId);
        if (master.isEmpty()) {
          continue;
        }
        event = master.get();
      } else if (event.type() == EventType.SERIES_MASTER) {
        seriesRead.add(event.id());
      }
      Event taken = event;
      InboundMapping.Result<EventFields> result =
          intake.take(taken.id(), taken.subject(), () -> state(taken));
      if (result.item() != null) {
        changes.add(SideChange.upserted(result.item()));
      } else {
        skipped.add(result.skipped());
      }
    }
    occurrences.remember(target.mailbox(), seen);
    return new MicrosoftPage<>(changes, skipped, page.resumeLink(), page.last(), unreadStamps);
  }

  @Override
  public Optional<ItemState<EventFields>> read(MicrosoftTarget target, String id) {
    return get(target, id).map(event -> intake.require(id, event.subject(), () -> state(event)));
  }

  @Override
  public Optional<ItemState<EventFields>> findByCrmId(MicrosoftTarget target, String crmId) {
    // Several would be duplicates from before the stamp was looked up: the oldest is the original.
    return target.graph().events().findByCrmId(target.mailbox(), crmId).stream()
        .min(
            Comparator.comparing(
                Event::createdDateTime, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(
            event ->
                event.type() == EventType.SERIES_MASTER ? withOccurrences(target, event) : event)
        .map(event -> intake.require(event.id(), event.subject(), () -> state(event)));
  }

  /** A series master found without its occurrence changes, read again with them. */
  private static Event withOccurrences(MicrosoftTarget target, Event master) {
    return get(target, master.id()).orElse(master);
  }

  @Override
  public ItemVersion create(
      MicrosoftTarget target, EventFields fields, String crmId, String attempt) {
    Event event = OutlookEvents.toGraph(EventMapping.toMicrosoft(fields));
    Event created =
        target
            .graph()
            .events()
            .create(target.mailbox(), event, transactionId(crmId, attempt), crmId);
    String version = created.changeKey();
    if (fields.recurrence() != null
        && !EventConversion.withoutOccurrenceChanges(fields).equals(fields)) {
      version =
          OccurrenceWrites.apply(
              target.graph().events(), target.mailbox(), created.id(), fields, version);
    }
    return new ItemVersion(created.id(), version);
  }

  @Override
  public ItemVersion update(
      MicrosoftTarget target, String id, EventFields fields, String expectedVersion) {
    GraphEvent wanted = EventMapping.toMicrosoft(fields);
    Events events = target.graph().events();
    Event updated =
        events.update(
            target.mailbox(),
            id,
            OutlookEvents.toGraph(wanted),
            VersionFormats.etag(expectedVersion));
    if (wanted.recurrence() == null && updated.recurrence() != null) {
      // A PATCH leaves out what is unset, so a series becomes a single event by a second call.
      updated = events.removeRecurrence(target.mailbox(), id, updated.etag());
    }
    String version =
        OccurrenceWrites.apply(events, target.mailbox(), id, fields, updated.changeKey());
    return new ItemVersion(id, version);
  }

  @Override
  public void delete(MicrosoftTarget target, String id, String expectedVersion) {
    try {
      target.graph().events().delete(target.mailbox(), id, VersionFormats.etag(expectedVersion));
    } catch (NotFoundException e) {
      // Already gone: what the caller wanted.
    }
  }

  /**
   * The idempotency key of one create: the same for a retry of the same attempt, so Graph answers
   * with the event the lost request made. A name-based UUID keeps it short (Graph writes
   * transaction ids as GUIDs) whatever the CRM id's length.
   */
  static String transactionId(String crmId, String attempt) {
    String key = "tandem:" + crmId + ":" + attempt;
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private ItemState<EventFields> state(Event event) {
    EventFields fields =
        EventConversion.withoutUnchangedOccurrences(
            EventMapping.fromMicrosoft(OutlookEvents.toEngine(event)));
    // Checked here so that an event the CRM cannot store is skipped, not failed on writing.
    EventConversion.toCrm(fields);
    String version = event.changeKey() != null ? event.changeKey() : event.etag();
    ItemState<EventFields> state =
        ItemState.of(
            event.id(),
            version,
            event.lastModifiedDateTime() != null ? event.lastModifiedDateTime() : clock.instant(),
            fields);
    return event.crmId().map(state::stampedWith).orElse(state);
  }

  private static boolean gone(MicrosoftTarget target, String id) {
    return get(target, id).isEmpty();
  }

  private static Optional<Event> get(MicrosoftTarget target, String id) {
    try {
      return Optional.of(target.graph().events().getWithOccurrences(target.mailbox(), id));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
