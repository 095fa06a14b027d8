package com.tandem.server.activity.calendar;

import com.tandem.server.activity.ActivityPage;
import com.tandem.server.activity.InvalidActivityException;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.ProblemMessages;
import com.tandem.server.activity.StaleVersionException;
import com.tandem.server.directory.SignedInUser;
import com.tandem.server.web.NotFoundException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in person's calendar: a week view, a list view, and the event form. */
@Controller
@ActivityPage
class CalendarPage {

  private static final String FORM = "activity/event-form";

  private final CalendarEvents events;
  private final ProblemMessages messages;
  private final Clock clock;

  CalendarPage(CalendarEvents events, ProblemMessages messages, Clock clock) {
    this.events = events;
    this.messages = messages;
    this.clock = clock;
  }

  /** One day of the week view and what happens on it. */
  record Day(LocalDate date, boolean today, List<Occurrences.Occurrence> occurrences) {}

  @GetMapping("/my/calendar")
  String calendar(
      @AuthenticationPrincipal SignedInUser me,
      @RequestParam(required = false) String week,
      @RequestParam(defaultValue = "week") String view,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    LocalDate monday = weekOf(week, today).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate next = monday.plusWeeks(1);
    boolean list = view.equals("list");
    // a series started long ago still shows; one-off events are found by their time in UTC,
    // widened by a day on each side because their own time zone decides the day they are on
    List<CalendarEvent> found =
        events.list(
            me.actor().userId(),
            monday.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
            (list ? monday.plusWeeks(4) : next)
                .plusDays(1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC),
            0,
            1000);
    LocalDate end = list ? monday.plusWeeks(4) : next;
    List<Occurrences.Occurrence> occurrences = new ArrayList<>();
    for (CalendarEvent e : found) {
      occurrences.addAll(Occurrences.of(e, monday, end));
    }
    occurrences.sort(Comparator.comparing(Occurrences.Occurrence::start));
    List<Day> days = new ArrayList<>();
    for (LocalDate d = monday; d.isBefore(next); d = d.plusDays(1)) {
      LocalDate date = d;
      days.add(
          new Day(
              date,
              date.equals(today),
              occurrences.stream().filter(o -> o.start().toLocalDate().equals(date)).toList()));
    }
    model.addAttribute("monday", monday);
    model.addAttribute("sunday", next.minusDays(1));
    model.addAttribute("listEnd", end.minusDays(1));
    model.addAttribute("previous", monday.minusWeeks(1));
    model.addAttribute("next", next);
    model.addAttribute("days", days);
    model.addAttribute("occurrences", occurrences);
    model.addAttribute("view", list ? "list" : "week");
    return "activity/calendar";
  }

  @GetMapping("/my/calendar/events/new")
  String newEvent(@RequestParam(required = false) String date, Model model) {
    LocalDate day = weekOf(date, LocalDate.now(clock));
    return form(model, EventForm.blank(day, "UTC"), null, Map.of());
  }

  @PostMapping("/my/calendar/events")
  String create(
      @AuthenticationPrincipal SignedInUser me,
      @ModelAttribute EventForm form,
      Model model,
      Locale locale) {
    try {
      CalendarEvent created = events.create(me.actor().userId(), form.toFields(null), Origin.CRM);
      return "redirect:/my/calendar?week=" + created.fields().start().toLocalDate();
    } catch (InvalidActivityException e) {
      return form(model, form, null, messages.byField(e, locale));
    }
  }

  @GetMapping("/my/calendar/events/{id}/edit")
  String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable String id, Model model) {
    CalendarEvent event = existing(me, id);
    return form(model, EventForm.of(event), event, Map.of());
  }

  @PostMapping("/my/calendar/events/{id}")
  String update(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable String id,
      @ModelAttribute EventForm form,
      Model model,
      Locale locale) {
    CalendarEvent event = existing(me, id);
    try {
      CalendarEvent saved =
          events
              .update(
                  me.actor().userId(),
                  id,
                  form.toFields(event.fields().recurrence()),
                  Origin.CRM,
                  form.version())
              .orElseThrow(() -> new NotFoundException("No such calendar event."));
      return "redirect:/my/calendar?week=" + saved.fields().start().toLocalDate();
    } catch (InvalidActivityException e) {
      return form(model, form, event, messages.byField(e, locale));
    } catch (StaleVersionException e) {
      model.addAttribute("stale", true);
      return form(model, EventForm.of(existing(me, id)), event, Map.of());
    }
  }

  @PostMapping("/my/calendar/events/{id}/delete")
  String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable String id) {
    CalendarEvent event = existing(me, id);
    events.delete(me.actor().userId(), id, Origin.CRM, null);
    return "redirect:/my/calendar?week=" + event.fields().start().toLocalDate();
  }

  private String form(
      Model model, EventForm form, CalendarEvent event, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("event", event);
    model.addAttribute("errors", errors);
    model.addAttribute("zones", EventForm.zones());
    model.addAttribute("showAsChoices", ShowAs.values());
    List<String> repeats = new ArrayList<>(EventForm.REPEATS);
    if ("KEEP".equals(form.repeat())) {
      repeats.add("KEEP");
    }
    model.addAttribute("repeats", repeats);
    return FORM;
  }

  private CalendarEvent existing(SignedInUser me, String id) {
    return events
        .find(me.actor().userId(), id)
        .orElseThrow(() -> new NotFoundException("No such calendar event."));
  }

  private static LocalDate weekOf(String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }
}
