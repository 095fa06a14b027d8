package com.tandem.server.directory;

import java.time.OffsetDateTime;
import java.util.Objects;

/** A personal access token as listed: never the secret itself, which only its owner saw once. */
record PersonalAccessToken(
    long id, long userId, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {

  PersonalAccessToken {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
  }
}
