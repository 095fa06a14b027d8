package com.tandem.engine.reconcile;

import com.tandem.engine.fields.Body;
import com.tandem.engine.tasks.TaskFields;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** One linked task and the ways each side can report it, for table-style tests. */
final class Items {

  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);

  static final TaskFields BASE =
      TaskFields.of("Call Bob").withDueDate(LocalDate.parse("2026-03-05"));
  static final TaskFields CRM_EDIT = BASE.withSubject("Call Bob about the offer");
  static final TaskFields MICROSOFT_EDIT = BASE.withDescription(Body.text("He prefers mornings"));

  static final SyncLink<TaskFields> LINK = SyncLink.of("c1", "v1", "m1", "k1", BASE, T0);

  private Items() {}

  static ItemState<TaskFields> crm(TaskFields fields, String version, Instant modifiedAt) {
    return ItemState.of("c1", version, modifiedAt, fields);
  }

  static ItemState<TaskFields> microsoft(TaskFields fields, String version, Instant modifiedAt) {
    return ItemState.of("m1", version, modifiedAt, fields);
  }

  /** What a side reports in one of the table's states: unchanged, changed, deleted or new. */
  enum Report {
    UNCHANGED,
    CHANGED,
    DELETED,
    NEW
  }

  static SideChange<TaskFields> report(Side side, Report report) {
    String id = side == Side.CRM ? "c1" : "m1";
    TaskFields edit = side == Side.CRM ? CRM_EDIT : MICROSOFT_EDIT;
    return switch (report) {
      case CHANGED, NEW ->
          SideChange.upserted(
              ItemState.of(id, side == Side.CRM ? "v2" : "k2", T0.plusSeconds(60), edit));
      case DELETED -> SideChange.deleted(id);
      case UNCHANGED -> null;
    };
  }

  static SyncInput<TaskFields> input(Report crm, Report microsoft) {
    boolean linked = crm != Report.NEW && microsoft != Report.NEW;
    return new SyncInput<>(
        linked ? List.of(LINK) : List.of(),
        changes(Side.CRM, crm),
        changes(Side.MICROSOFT, microsoft));
  }

  private static List<SideChange<TaskFields>> changes(Side side, Report report) {
    List<SideChange<TaskFields>> changes = new ArrayList<>();
    SideChange<TaskFields> change = report(side, report);
    if (change != null) {
      changes.add(change);
    }
    return changes;
  }

  static Plan<TaskFields> plan(SyncPolicy policy, SyncInput<TaskFields> input) {
    return new Reconciler(CLOCK).plan(policy, input);
  }

  /** A short description of the plan's writes, naming fields by where they came from. */
  static String describe(Plan<TaskFields> plan) {
    List<String> parts = new ArrayList<>();
    for (SyncAction<TaskFields> action : plan.actions()) {
      if (action instanceof SyncAction.Create<TaskFields> c) {
        parts.add(
            (c.replaces() == null ? "create in " : "re-create in ")
                + c.target()
                + " from "
                + origin(c.fields()));
      } else if (action instanceof SyncAction.Update<TaskFields> u) {
        parts.add(
            "update "
                + String.join("+", u.targets().stream().sorted().map(Side::name).toList())
                + " with "
                + origin(u.fields()));
      } else if (action instanceof SyncAction.Delete<TaskFields> d) {
        parts.add("delete in " + d.target());
      } else if (action instanceof SyncAction.Unlink<TaskFields>) {
        parts.add("forget the link");
      } else if (action instanceof SyncAction.Link<TaskFields>) {
        parts.add("link");
      } else if (action instanceof SyncAction.HoldForApproval<TaskFields> h) {
        parts.add("hold " + h.deletions().size() + " deletions in " + h.side());
      }
    }
    return parts.isEmpty() ? "leave alone" : String.join(", ", parts);
  }

  private static String origin(TaskFields fields) {
    if (fields.equals(CRM_EDIT)) {
      return "CRM";
    }
    if (fields.equals(MICROSOFT_EDIT)) {
      return "MICROSOFT";
    }
    if (fields.equals(BASE)) {
      return "BASE";
    }
    if (fields.equals(CRM_EDIT.withDescription(MICROSOFT_EDIT.description()))) {
      return "MERGED";
    }
    return fields.toString();
  }
}
