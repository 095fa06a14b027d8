package com.tandem.server.contacts;

import com.tandem.server.activity.ActivityDatabase;
import com.tandem.server.activity.ChangeType;
import com.tandem.server.activity.JdbcVersionedStore;
import com.tandem.server.activity.Origin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contacts in {@code contacts}, their addresses (lower-cased, one live contact each) in {@code
 * contact_addresses}.
 */
@Repository
class JdbcContacts extends JdbcVersionedStore<ContactFields, Contact> implements Contacts {

  private final JdbcClient jdbc;

  JdbcContacts(ActivityDatabase db, JdbcClient jdbc) {
    super(db, "contacts", ChangeType.CONTACT, List.of("name", "emails", "company", "phone"));
    this.jdbc = jdbc;
  }

  @Override
  public List<Contact> list(long organizationId, String query, int offset, int limit) {
    String order = "LOWER(name), id";
    if (query == null || query.isBlank()) {
      return select(organizationId, "", List.of(), order, offset, limit);
    }
    // names are folded by the database on both sides (its LOWER may differ from Java's);
    // address keys were lower-cased by Java, and so is the text looked for in them
    String text = escapeLike(query.strip());
    return select(
        organizationId,
        " AND (LOWER(name) LIKE LOWER(?) OR id IN (SELECT a.contact_id FROM contact_addresses a"
            + " WHERE a.organization_id = ? AND a.address_key LIKE ?))",
        List.of("%" + text + "%", organizationId, "%" + text.toLowerCase(Locale.ROOT) + "%"),
        order,
        offset,
        limit);
  }

  @Override
  public Optional<Contact> byAddress(long organizationId, String address) {
    return jdbc.sql(
            "SELECT contact_id FROM contact_addresses WHERE organization_id = ? AND address_key = ?")
        .params(organizationId, ContactFields.key(address))
        .query(String.class)
        .optional()
        .flatMap(id -> find(organizationId, id));
  }

  @Override
  protected List<Object> content(ContactFields f, Contact current) {
    List<Object> values = new ArrayList<>();
    values.add(f.name());
    values.add(String.join("\n", f.emails()));
    values.add(f.company());
    values.add(f.phone());
    return values;
  }

  /** Points the organization's index of addresses at this contact's addresses, and only these. */
  @Override
  protected void written(long organizationId, String id, ContactFields fields) {
    for (String address : fields.emails()) {
      jdbc.sql(
              "SELECT c.id, c.name FROM contact_addresses a JOIN contacts c ON c.id = a.contact_id"
                  + " WHERE a.organization_id = ? AND a.address_key = ? AND a.contact_id <> ?")
          .params(organizationId, ContactFields.key(address), id)
          .query((rs, n) -> new AddressTakenException(address, rs.getString(1), rs.getString(2)))
          .optional()
          .ifPresent(
              taken -> {
                throw taken;
              });
    }
    deleted(organizationId, id);
    for (String address : fields.emails()) {
      try {
        jdbc.sql(
                "INSERT INTO contact_addresses (organization_id, address_key, contact_id)"
                    + " VALUES (?, ?, ?)")
            .params(organizationId, ContactFields.key(address), id)
            .update();
      } catch (DuplicateKeyException e) {
        // another writer took the address between the check and the insert
        throw new AddressTakenException(address, null, null);
      }
    }
  }

  @Override
  protected void deleted(long organizationId, String id) {
    jdbc.sql("DELETE FROM contact_addresses WHERE contact_id = ?").param(id).update();
  }

  @Override
  protected Contact item(ResultSet rs) throws SQLException {
    String emails = rs.getString("emails");
    ContactFields fields =
        new ContactFields(
            rs.getString("name"),
            emails.isEmpty() ? List.of() : Arrays.asList(emails.split("\n")),
            rs.getString("company"),
            rs.getString("phone"));
    return new Contact(
        rs.getString("id"),
        rs.getLong("organization_id"),
        fields,
        rs.getLong("version"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        Origin.valueOf(rs.getString("last_origin")));
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
