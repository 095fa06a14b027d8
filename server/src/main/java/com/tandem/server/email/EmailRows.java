package com.tandem.server.email;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads emails from their rows: the email, its addresses, attachments, copies and contacts. */
final class EmailRows {

  private final JdbcClient jdbc;

  EmailRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The emails a query selects, each with its addresses, attachments, copies and contacts. */
  List<Email> emails(String sql, List<Object> params, String body) {
    Map<String, Head> heads = new LinkedHashMap<>();
    jdbc.sql(sql).params(params).query((rs, n) -> head(rs)).list().forEach(h -> heads.put(h.id, h));
    if (heads.isEmpty()) {
      return List.of();
    }
    List<String> ids = List.copyOf(heads.keySet());
    Map<String, Map<Email.Role, List<EmailAddress>>> addresses = addresses(ids);
    List<Email> emails = new ArrayList<>();
    for (Head h : heads.values()) {
      Map<Email.Role, List<EmailAddress>> a = addresses.getOrDefault(h.id, Map.of());
      List<EmailAddress> from = a.getOrDefault(Email.Role.FROM, List.of());
      emails.add(
          new Email(
              h.id,
              h.organizationId,
              h.internetMessageId,
              h.conversationId,
              h.subject,
              from.isEmpty() ? null : from.get(0),
              a.getOrDefault(Email.Role.TO, List.of()),
              a.getOrDefault(Email.Role.CC, List.of()),
              a.getOrDefault(Email.Role.BCC, List.of()),
              h.sentAt,
              h.receivedAt,
              h.preview,
              h.html,
              body,
              attachments(h.id),
              copies(h.id),
              contacts(h.id, h.organizationId)));
    }
    return emails;
  }

  private Map<String, Map<Email.Role, List<EmailAddress>>> addresses(List<String> ids) {
    Map<String, Map<Email.Role, List<EmailAddress>>> byEmail = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT email_id, role, name, address FROM email_addresses WHERE email_id IN (:ids)"
                + " ORDER BY email_id, role, position")
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              byEmail
                  .computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Email.Role.class))
                  .computeIfAbsent(Email.Role.valueOf(rs.getString(2)), k -> new ArrayList<>())
                  .add(new EmailAddress(rs.getString(3), rs.getString(4)));
            });
    return byEmail;
  }

  private List<IncomingMessage.Attachment> attachments(String emailId) {
    return jdbc.sql(
            "SELECT name, content_type, size_bytes, is_inline FROM email_attachments"
                + " WHERE email_id = ? ORDER BY position")
        .param(emailId)
        .query(
            (rs, n) ->
                new IncomingMessage.Attachment(
                    rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4)))
        .list();
  }

  private List<Email.Copy> copies(String emailId) {
    return jdbc.sql(
            "SELECT mailbox_kind, mailbox_id, message_id, folder_id, removed_at FROM email_copies"
                + " WHERE email_id = ? ORDER BY first_seen_at, mailbox_kind, mailbox_id")
        .param(emailId)
        .query(
            (rs, n) ->
                new Email.Copy(
                    new MailboxRef(MailboxRef.Kind.valueOf(rs.getString(1)), rs.getLong(2)),
                    rs.getString(3),
                    rs.getString(4),
                    instant(rs, 5)))
        .list();
  }

  private List<Email.ContactLink> contacts(String emailId, long organizationId) {
    return jdbc.sql(
            "SELECT c.id, c.name, a.address, a.role FROM email_addresses a"
                + " JOIN contact_addresses ca ON ca.organization_id = a.organization_id"
                + " AND ca.address_key = a.address_key JOIN contacts c ON c.id = ca.contact_id"
                + " WHERE a.email_id = ? AND a.organization_id = ? AND a.role <> 'BCC'"
                + " AND c.deleted_at IS NULL ORDER BY a.role, a.position")
        .params(emailId, organizationId)
        .query(
            (rs, n) ->
                new Email.ContactLink(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    Email.Role.valueOf(rs.getString(4))))
        .list();
  }

  private static Head head(ResultSet rs) throws SQLException {
    return new Head(
        rs.getString(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        instant(rs, 6),
        instant(rs, 7),
        rs.getString(8),
        rs.getBoolean(9));
  }

  /** An email's own row. */
  private record Head(
      String id,
      long organizationId,
      String internetMessageId,
      String conversationId,
      String subject,
      Instant sentAt,
      Instant receivedAt,
      String preview,
      boolean html) {}

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
