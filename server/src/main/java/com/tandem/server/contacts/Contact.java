package com.tandem.server.contacts;

import com.tandem.server.activity.Origin;
import com.tandem.server.activity.VersionedItem;
import java.time.Instant;
import java.util.Objects;

/** A stored contact: its id, organization, content, version and the origin of its last write. */
public record Contact(
    String id,
    long organizationId,
    ContactFields fields,
    long version,
    Instant updatedAt,
    Origin lastOrigin)
    implements VersionedItem<ContactFields> {

  public Contact {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(fields, "fields == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
    Objects.requireNonNull(lastOrigin, "lastOrigin == null");
  }

  /** The organization whose contact it is. */
  @Override
  public long ownerId() {
    return organizationId;
  }
}
