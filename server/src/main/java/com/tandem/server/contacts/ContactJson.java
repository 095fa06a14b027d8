package com.tandem.server.contacts;

import com.tandem.server.activity.JsonInput;
import com.tandem.server.activity.Problems;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON shape of contacts in the REST API. */
final class ContactJson {

  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "emails",
          "company",
          "phone",
          // read-only, ignored on input so that a GET body can be sent back as it is
          "id",
          "organizationId",
          "version",
          "updatedAt");

  private ContactJson() {}

  /** Reads a contact's fields; throws naming each bad field. */
  static ContactFields read(JsonNode body) {
    Problems problems = new Problems();
    JsonInput in = JsonInput.root(body, problems);
    in.allowOnly(FIELDS);
    String name = in.text("name");
    List<String> emails = in.texts("emails", ContactFields.MAX_EMAILS);
    String company = in.text("company");
    String phone = in.text("phone");
    problems.throwIfAny();
    return new ContactFields(name, emails, company, phone);
  }

  /** The contact as the API shows it. */
  static ObjectNode write(Contact contact) {
    ContactFields f = contact.fields();
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", contact.id());
    o.put("organizationId", contact.organizationId());
    o.put("name", f.name());
    var emails = o.putArray("emails");
    f.emails().forEach(emails::add);
    o.put("company", f.company());
    o.put("phone", f.phone());
    o.put("version", contact.version());
    o.put("updatedAt", contact.updatedAt().toString());
    return o;
  }
}
