/**
 * Email in the CRM: each message stored once per organization and Internet message id, however many
 * synced mailboxes (users' and system mailboxes) hold a copy, with every copy and its folder
 * listed; sanitized bodies, attachment metadata, threads by conversation. An email's contacts are
 * not stored with it: they are the contacts that hold one of its addresses now, so that adding or
 * changing a contact's address links past emails at once, and each link says which address and role
 * made it.
 *
 * <p>This package uses {@code contacts}' address index and {@code directory}; the mailbox import
 * that feeds it belongs to sync.
 */
package com.tandem.server.email;
