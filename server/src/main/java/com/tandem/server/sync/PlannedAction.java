package com.tandem.server.sync;

/**
 * One action of a run, as a run's item log and a dry run show it.
 *
 * @param action what happens: CREATE, UPDATE, DELETE, LINK, UNLINK, CONFLICT, HOLD, SKIP or RESTORE
 * @param target the side written (CRM or MICROSOFT; both for an update of both), or null
 * @param crmId the CRM item's id, or null when it does not exist yet
 * @param microsoftId the Microsoft item's id, or null when it does not exist yet
 * @param title the item's title, for people to recognise it
 * @param detail why (a conflict's rule and decision, a skipped item's reason), or null
 */
public record PlannedAction(
    String action, String target, String crmId, String microsoftId, String title, String detail) {}
