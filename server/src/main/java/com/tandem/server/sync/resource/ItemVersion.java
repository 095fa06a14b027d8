package com.tandem.server.sync.resource;

/**
 * An item as a write left it.
 *
 * @param id its id on the side written
 * @param version its version there afterwards (CRM version, Graph changeKey)
 */
public record ItemVersion(String id, String version) {}
