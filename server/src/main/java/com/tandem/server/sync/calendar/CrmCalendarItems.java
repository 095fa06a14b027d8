package com.tandem.server.sync.calendar;

import com.tandem.engine.calendar.EventFields;
import com.tandem.engine.calendar.RecurrenceRange;
import com.tandem.engine.reconcile.ItemState;
import com.tandem.server.activity.calendar.CalendarEvent;
import com.tandem.server.activity.calendar.CalendarEventFields;
import com.tandem.server.activity.calendar.CalendarEvents;
import com.tandem.server.sync.resource.CrmStoreItems;
import com.tandem.server.sync.resource.SyncWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The CRM side of calendar sync, over the activity feature's {@link CalendarEvents}.
 *
 * <p>A series travels with its changed and cancelled occurrences, as the Microsoft side reads and
 * writes them too; an occurrence change that changes nothing is left out of both views.
 */
@Component
public class CrmCalendarItems
    extends CrmStoreItems<EventFields, CalendarEventFields, CalendarEvent> {

  private final CalendarEvents events;

  CrmCalendarItems(CalendarEvents events) {
    super(events);
    this.events = events;
  }

  @Override
  protected CalendarEventFields toCrm(EventFields fields) {
    return EventConversion.toCrm(fields);
  }

  @Override
  protected EventFields toEngine(CalendarEventFields fields) {
    return EventConversion.withoutUnchangedOccurrences(EventConversion.toEngine(fields));
  }

  @Override
  public void forEachLive(long userId, SyncWindow window, Consumer<ItemState<EventFields>> each) {
    for (int offset = 0; ; offset += PAGE) {
      List<CalendarEvent> page = events.list(userId, window.from(), window.to(), offset, PAGE);
      page.forEach(event -> each.accept(state(event)));
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  @Override
  public boolean inWindow(EventFields fields, SyncWindow window) {
    Instant start = fields.start().instant();
    Instant end = lastEnd(fields);
    if (end.equals(start)) {
      return !start.isBefore(window.from()) && start.isBefore(window.to());
    }
    return start.isBefore(window.to()) && end.isAfter(window.from());
  }

  @Override
  public String title(EventFields fields) {
    return fields.title();
  }

  /** When the event, or the last occurrence its series' range allows, ends (as the CRM counts). */
  private static Instant lastEnd(EventFields fields) {
    Instant end = fields.end().instant();
    if (fields.recurrence() == null) {
      return end;
    }
    RecurrenceRange range = fields.recurrence().range();
    if (range.type() != RecurrenceRange.Type.END_DATE) {
      return Instant.MAX;
    }
    Duration length = Duration.between(fields.start().instant(), end);
    Instant last =
        range.endDate().plusDays(1).atStartOfDay(fields.start().zone()).toInstant().plus(length);
    return last.isAfter(end) ? last : end;
  }
}
