package com.tandem.server.sync.run;

import com.tandem.engine.reconcile.SyncFields;
import com.tandem.server.sync.store.Links;
import java.util.Set;

/**
 * What the steps of one run share once it has started: its context, its recorded id, its links, its
 * journal and the Outlook items it has linked so far.
 *
 * @param context everything resolved before the run started
 * @param runId the recorded run's id; null for a dry run
 * @param links the user's links of the resource
 * @param journal what the run did so far
 * @param lookUpBeforeCreate whether a Microsoft create first looks for a copy an earlier run may
 *     have made (only after a run that did not end cleanly)
 * @param linkedMicrosoftIds the Microsoft ids linked or seen this run, filled in as it goes
 * @param <F> the kind of item
 */
record RunInProgress<F extends SyncFields<F>>(
    RunContext<F> context,
    Long runId,
    Links<F> links,
    RunJournal journal,
    boolean lookUpBeforeCreate,
    Set<String> linkedMicrosoftIds) {}
