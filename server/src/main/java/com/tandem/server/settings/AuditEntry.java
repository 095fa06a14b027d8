package com.tandem.server.settings;

import java.time.Instant;

/**
 * One audited settings change. Old and new are the scope's own override texts (null: not set, so
 * inherited); for the secret both are null and {@code secret} is true: it is shown as "changed".
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    Scope scope,
    String key,
    String oldValue,
    String newValue,
    boolean secret) {}
