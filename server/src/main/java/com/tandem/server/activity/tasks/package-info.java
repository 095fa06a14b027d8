/**
 * CRM tasks: the record and its rules (status, priority, due date, reminder), its store ({@code
 * tasks}), its REST API and the tasks page.
 *
 * <p>A task is a {@link com.tandem.server.activity.VersionedItem} in a {@link
 * com.tandem.server.activity.VersionedStore}: the versions, ETags, tombstones and the change feed
 * come from {@code activity}; this package adds the task's columns, JSON and form.
 */
package com.tandem.server.activity.tasks;
