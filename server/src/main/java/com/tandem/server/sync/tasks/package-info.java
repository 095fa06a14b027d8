/**
 * The tasks resource: CRM tasks and the user's default Microsoft To Do list, whatever their dates.
 *
 * <p>Converts tasks both ways and stamps each task Tandem creates in To Do with a linked resource
 * whose external id is the CRM id, so that a create is found again after a crash.
 *
 * <p>Depends on {@code sync.resource} and the activity feature's tasks; nothing depends on it but
 * Spring, which hands {@link com.tandem.server.sync.tasks.TaskResource} to {@code
 * sync.resource.SyncedResources}.
 */
package com.tandem.server.sync.tasks;
