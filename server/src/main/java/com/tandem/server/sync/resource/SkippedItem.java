package com.tandem.server.sync.resource;

/**
 * An item a run could not take in (missing or unexpected fields, an unknown time zone, an end
 * before its start, a title too long): it is logged with the reason and the run goes on.
 *
 * @param id the item's id on its side
 * @param title its title if it could be read, or null
 * @param reason why it was skipped, for people to read
 */
public record SkippedItem(String id, String title, String reason) {}
