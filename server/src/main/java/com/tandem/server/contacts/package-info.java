/**
 * Contacts: the organization's people (name, e-mail addresses, company, phone), shared by every
 * member of the organization. An address belongs to at most one contact of an organization, which
 * is how emails find their contacts.
 *
 * <p>Contacts are versioned items of {@code activity}'s shape, owned by an organization: they get
 * ETags, tombstones and change-feed entries ({@code CONTACT}) like events and tasks. This package
 * holds their record, store, REST API and pages; it uses {@code activity}, {@code directory} and
 * {@code web}, and nothing of sync.
 */
package com.tandem.server.contacts;
