package com.tandem.server.contacts;

import com.tandem.server.activity.VersionedStore;
import java.util.List;
import java.util.Optional;

/**
 * The CRM's contacts per organization. Creating or changing a contact so that it would share an
 * address with another contact of the organization throws {@link AddressTakenException} and changes
 * nothing.
 */
public interface Contacts extends VersionedStore<ContactFields, Contact> {

  /**
   * The organization's live contacts by name; with a {@code query}, only those whose name or one of
   * whose addresses contains it, in any case.
   */
  List<Contact> list(long organizationId, String query, int offset, int limit);

  /** The live contact of the organization that has this address (in any case). */
  Optional<Contact> byAddress(long organizationId, String address);
}
