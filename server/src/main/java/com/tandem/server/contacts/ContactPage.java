package com.tandem.server.contacts;

import com.tandem.server.activity.ActivityPage;
import com.tandem.server.activity.InvalidActivityException;
import com.tandem.server.activity.Origin;
import com.tandem.server.activity.ProblemMessages;
import com.tandem.server.activity.StaleVersionException;
import com.tandem.server.directory.SignedInUser;
import com.tandem.server.web.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in person's organization's contacts: the list with search, one contact, the form. */
@Controller
@ActivityPage
class ContactPage {

  private static final String FORM = "contacts/contact-form";

  /** The most contacts the list shows at once; a search narrows it. */
  static final int PAGE = 200;

  private final Contacts contacts;
  private final ProblemMessages messages;
  private final MessageSource words;

  ContactPage(Contacts contacts, ProblemMessages messages, MessageSource words) {
    this.contacts = contacts;
    this.messages = messages;
    this.words = words;
  }

  @GetMapping("/contacts")
  String list(
      @AuthenticationPrincipal SignedInUser me,
      @RequestParam(required = false) String q,
      Model model) {
    String query = q == null || q.isBlank() ? null : q.strip();
    if (query != null && query.length() > ContactFields.MAX_NAME) {
      query = query.substring(0, ContactFields.MAX_NAME);
    }
    List<Contact> found = contacts.list(organization(me), query, 0, PAGE + 1);
    model.addAttribute("contacts", found.stream().limit(PAGE).toList());
    model.addAttribute("more", found.size() > PAGE);
    model.addAttribute("q", query == null ? "" : query);
    return "contacts/contacts";
  }

  @GetMapping("/contacts/new")
  String newContact(Model model) {
    return form(model, ContactForm.blank(), null, Map.of());
  }

  @PostMapping("/contacts")
  String create(
      @AuthenticationPrincipal SignedInUser me,
      @ModelAttribute ContactForm form,
      Model model,
      Locale locale) {
    try {
      Contact created = contacts.create(organization(me), form.toFields(), Origin.CRM);
      return "redirect:/contacts/" + created.id();
    } catch (InvalidActivityException e) {
      return form(model, form, null, byField(e, locale));
    } catch (AddressTakenException e) {
      return form(model, form, null, taken(e, locale));
    }
  }

  @GetMapping("/contacts/{id}")
  String show(@AuthenticationPrincipal SignedInUser me, @PathVariable String id, Model model) {
    model.addAttribute("contact", existing(me, id));
    return "contacts/contact";
  }

  @GetMapping("/contacts/{id}/edit")
  String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable String id, Model model) {
    Contact contact = existing(me, id);
    return form(model, ContactForm.of(contact), contact, Map.of());
  }

  @PostMapping("/contacts/{id}")
  String update(
      @AuthenticationPrincipal SignedInUser me,
      @PathVariable String id,
      @ModelAttribute ContactForm form,
      Model model,
      Locale locale) {
    Contact contact = existing(me, id);
    try {
      contacts
          .update(organization(me), id, form.toFields(), Origin.CRM, form.version())
          .orElseThrow(() -> new NotFoundException("No such contact."));
      return "redirect:/contacts/" + id;
    } catch (InvalidActivityException e) {
      return form(model, form, contact, byField(e, locale));
    } catch (AddressTakenException e) {
      return form(model, form, contact, taken(e, locale));
    } catch (StaleVersionException e) {
      model.addAttribute("stale", true);
      Contact now = existing(me, id);
      return form(model, ContactForm.of(now), now, Map.of());
    }
  }

  @PostMapping("/contacts/{id}/delete")
  String delete(@AuthenticationPrincipal SignedInUser me, @PathVariable String id) {
    existing(me, id);
    contacts.delete(organization(me), id, Origin.CRM, null);
    return "redirect:/contacts";
  }

  private String form(Model model, ContactForm form, Contact contact, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("contact", contact);
    model.addAttribute("errors", errors);
    return FORM;
  }

  /** The problems by form field; an address's problem is shown at the addresses, naming it. */
  private Map<String, String> byField(InvalidActivityException e, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    messages
        .byField(e, locale)
        .forEach(
            (field, message) -> {
              if (field.startsWith("emails[")) {
                int index = Integer.parseInt(field.substring(7, field.indexOf(']')));
                String address =
                    words.getMessage("contacts.form.address", new Object[] {index + 1}, locale);
                errors.merge("emails", address + " " + message, (a, b) -> a + "; " + b);
              } else {
                errors.put(field, message);
              }
            });
    return errors;
  }

  private Map<String, String> taken(AddressTakenException e, Locale locale) {
    String holder = e.contactName();
    return Map.of(
        "emails",
        holder == null
            ? words.getMessage(
                "contacts.problem.takenByAnother", new Object[] {e.address()}, locale)
            : words.getMessage(
                "contacts.problem.taken", new Object[] {e.address(), holder}, locale));
  }

  private Contact existing(SignedInUser me, String id) {
    return contacts
        .find(organization(me), id)
        .orElseThrow(() -> new NotFoundException("No such contact."));
  }

  private static long organization(SignedInUser me) {
    return me.actor().organizationId();
  }
}
