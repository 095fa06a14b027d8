package com.tandem.server.activity;

import java.time.Instant;
import java.util.Objects;

/** One entry of the change feed; {@code seq} increases strictly in commit order. */
public record Change(
    long seq, ChangeType type, String id, long userId, ChangeOp op, Origin origin, Instant at) {

  public Change {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(op, "op == null");
    Objects.requireNonNull(origin, "origin == null");
    Objects.requireNonNull(at, "at == null");
  }
}
