package com.tandem.engine.convergence;

import com.tandem.engine.fields.Body;
import com.tandem.engine.reconcile.ConflictPolicy;
import com.tandem.engine.reconcile.Side;
import com.tandem.engine.tasks.TaskFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each logical item should look like, judged from the users' own actions: an item's user
 * events since its last settled sync are settled together by the product's rules for the policy.
 */
final class Oracle {

  /** A user's action on one side. */
  record Event(Side side, Kind kind, String field, Instant at) {}

  enum Kind {
    CREATE,
    EDIT,
    DELETE
  }

  /** No expectation (the item was caught mid-write by a crash, then edited). */
  static final Object UNKNOWN = new Object();

  /** The item must be gone from both sides. */
  static final Object GONE = new Object();

  private final ConflictPolicy policy;
  private final Map<String, List<Event>> pending = new HashMap<>();
  private final Map<String, Integer> interrupted = new HashMap<>();
  private final Map<String, Set<Side>> unwritten = new HashMap<>();
  private final Set<String> ambiguous = new HashSet<>();
  private final Set<String> untidy = new HashSet<>();
  private final Map<String, Object> expected = new HashMap<>();

  Oracle(ConflictPolicy policy) {
    this.policy = policy;
  }

  void record(String origin, Event event) {
    pending.computeIfAbsent(origin, o -> new ArrayList<>()).add(event);
    if (unwritten.getOrDefault(origin, Set.of()).contains(event.side())) {
      // Edited before Tandem finished writing this side: which came first cannot be told apart.
      ambiguous.add(origin);
    }
  }

  /** A crashed run decided the item but left these sides unwritten. */
  void unwritten(String origin, Set<Side> sides) {
    unwritten.put(origin, Set.copyOf(sides));
  }

  Set<String> pendingOrigins() {
    return Set.copyOf(pending.keySet());
  }

  /** The item's run crashed midway through its writes; later user events make it ambiguous. */
  void interrupt(String origin) {
    // A second crash before the item settled keeps the first: user events after that one already
    // make the item ambiguous.
    interrupted.putIfAbsent(origin, pending.getOrDefault(origin, List.of()).size());
  }

  Map<String, Object> expectations() {
    return expected;
  }

  /**
   * Settles the item's events given both sides' content when the run planned (null: absent). {@code
   * runCompleted} says whether the run ended normally: an item a crashed run left unjudged may
   * still have a stray copy from that crash on a page the run did not reach, so the user's events
   * until a run completes are unjudged too.
   */
  void settle(String origin, TaskFields crm, TaskFields microsoft, boolean runCompleted) {
    List<Event> events = pending.remove(origin);
    unwritten.remove(origin);
    if (untidy.contains(origin)) {
      if (runCompleted) {
        untidy.remove(origin);
      }
      ambiguous.remove(origin);
      interrupted.remove(origin);
      expected.put(origin, UNKNOWN);
      return;
    }
    if (ambiguous.remove(origin)) {
      expected.put(origin, UNKNOWN);
      markUntidy(origin, runCompleted);
      return;
    }
    Integer eventsAtCrash = interrupted.remove(origin);
    if (eventsAtCrash != null && events != null && events.size() > eventsAtCrash) {
      // Edited between the crash and the restart: whether Tandem's half-done write or the user's
      // edit came first cannot be told apart (see the engine's SyncAction contract).
      expected.put(origin, UNKNOWN);
      markUntidy(origin, runCompleted);
      return;
    }
    if (events == null) {
      return;
    }
    expected.put(origin, outcome(events, crm, microsoft).orElse(expected.get(origin)));
  }

  private void markUntidy(String origin, boolean runCompleted) {
    if (!runCompleted) {
      untidy.add(origin);
    }
  }

  private Optional<Object> outcome(List<Event> events, TaskFields crm, TaskFields microsoft) {
    boolean crmDeleted = has(events, Side.CRM, Kind.DELETE);
    boolean msDeleted = has(events, Side.MICROSOFT, Kind.DELETE);
    boolean crmEdited = edited(events, Side.CRM);
    boolean msEdited = edited(events, Side.MICROSOFT);
    if (crmDeleted || msDeleted) {
      if (crmDeleted && msDeleted) {
        return Optional.of(GONE);
      }
      Side deleted = crmDeleted ? Side.CRM : Side.MICROSOFT;
      boolean otherEdited = crmDeleted ? msEdited : crmEdited;
      TaskFields survivor = crmDeleted ? microsoft : crm;
      if (survivor == null) {
        // Created and deleted on one side before any sync: it never reached the other.
        return Optional.of(GONE);
      }
      return Optional.of(otherEdited && keepsChanged(deleted) ? survivor : GONE);
    }
    if (crmEdited && msEdited) {
      return Optional.of(bothEdited(events, crm, microsoft));
    }
    if (crmEdited) {
      return Optional.of(crm);
    }
    return msEdited ? Optional.of(microsoft) : Optional.empty();
  }

  private boolean keepsChanged(Side deleted) {
    return switch (policy) {
      case CRM_WINS -> deleted == Side.MICROSOFT;
      case MICROSOFT_WINS -> deleted == Side.CRM;
      case MOST_RECENT, MERGE_FIELDS -> true;
    };
  }

  private TaskFields bothEdited(List<Event> events, TaskFields crm, TaskFields microsoft) {
    return switch (policy) {
      case CRM_WINS -> crm;
      case MICROSOFT_WINS -> microsoft;
      case MOST_RECENT ->
          lastAt(events, Side.MICROSOFT).isAfter(lastAt(events, Side.CRM)) ? microsoft : crm;
      case MERGE_FIELDS -> merge(events, crm, microsoft);
    };
  }

  private static TaskFields merge(List<Event> events, TaskFields crm, TaskFields microsoft) {
    TaskFields merged = crm;
    if (!fieldEdited(events, Side.CRM, "subject")
        && fieldEdited(events, Side.MICROSOFT, "subject")) {
      merged = merged.withSubject(microsoft.subject());
    }
    if (!fieldEdited(events, Side.CRM, "description")
        && fieldEdited(events, Side.MICROSOFT, "description")) {
      merged = merged.withDescription(microsoft.description());
    }
    return merged;
  }

  private static boolean fieldEdited(List<Event> events, Side side, String field) {
    return events.stream()
        .anyMatch(
            e ->
                e.side() == side
                    && (e.kind() == Kind.CREATE
                        || (e.kind() == Kind.EDIT && e.field().equals(field))));
  }

  private static boolean edited(List<Event> events, Side side) {
    return has(events, side, Kind.EDIT) || has(events, side, Kind.CREATE);
  }

  private static boolean has(List<Event> events, Side side, Kind kind) {
    return events.stream().anyMatch(e -> e.side() == side && e.kind() == kind);
  }

  private static Instant lastAt(List<Event> events, Side side) {
    return events.stream()
        .filter(e -> e.side() == side && e.kind() != Kind.DELETE)
        .map(Event::at)
        .max(Instant::compareTo)
        .orElse(Instant.MIN);
  }

  static TaskFields edit(TaskFields fields, String field, String value) {
    return field.equals("subject")
        ? fields.withSubject(value)
        : fields.withDescription(Body.text(value));
  }
}
