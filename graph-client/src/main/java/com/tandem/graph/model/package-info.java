/**
 * Graph's resource types as Tandem reads and writes them: events and their parts (times, attendees,
 * recurrence, locations), To Do lists and tasks, users, mail folders and messages, subscriptions
 * and change notifications, with the enumerations of the v1.0 schema.
 *
 * <p>Plain immutable values with their JSON names; they know nothing of HTTP. The client in {@link
 * com.tandem.graph} sends and returns them.
 */
package com.tandem.graph.model;
