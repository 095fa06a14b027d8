/**
 * One run of one resource of one user's connection, step by step.
 *
 * <ol>
 *   <li>{@link com.tandem.server.sync.run.SyncOneResource} resolves the settings and the Microsoft
 *       connection into a {@link com.tandem.server.sync.run.RunContext}; {@link
 *       com.tandem.server.sync.run.ReadAhead} has read the first page of every resource in one
 *       {@code $batch};
 *   <li>{@link com.tandem.server.sync.run.ResourceRunner} records the run, carries out decided
 *       deletion holds and {@link com.tandem.server.sync.run.LeftoverIntents}, and turns failures
 *       into the run's outcome;
 *   <li>{@link com.tandem.server.sync.run.RunLoop} reads the CRM change feed and the Microsoft
 *       changes page by page ({@link com.tandem.server.sync.run.DeltaRound} says where the read
 *       starts) and asks the engine's planner what each page means;
 *   <li>{@link com.tandem.server.sync.run.PlanExecutor} and {@link
 *       com.tandem.server.sync.run.CreateExecutor} carry out each action durably: intent first,
 *       then the Microsoft write, then the CRM write and the link in one transaction;
 *   <li>{@link com.tandem.server.sync.run.RunJournal} keeps the counts and the item log.
 * </ol>
 *
 * <p>Depends on the engine, {@code sync.store}, {@code sync.resource} and the account, activity and
 * settings features; never on the scheduler, the web layer or a resource.
 */
package com.tandem.server.sync.run;
