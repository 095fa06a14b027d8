package com.tandem.server.activity;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the change feed; {@code seq} increases strictly in commit order. {@code userId} is
 * the owner of a user's item and null for an organization's item (a contact); {@code
 * organizationId} is the organization either belongs to.
 */
public record Change(
    long seq,
    ChangeType type,
    String id,
    Long userId,
    long organizationId,
    ChangeOp op,
    Origin origin,
    Instant at) {

  public Change {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(op, "op == null");
    Objects.requireNonNull(origin, "origin == null");
    Objects.requireNonNull(at, "at == null");
  }
}
