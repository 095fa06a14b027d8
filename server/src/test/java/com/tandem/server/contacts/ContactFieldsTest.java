package com.tandem.server.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.server.activity.ActivityProblem;
import com.tandem.server.activity.InvalidActivityException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ContactFieldsTest {

  @Test
  void addressesAreKeptAsTypedInTheirOrderWithoutRepeatsInAnyCase() {
    ContactFields f =
        new ContactFields(
            "  Maria  ",
            List.of(" Maria@Example.com ", "m@example.org", "MARIA@example.COM"),
            " ",
            "");

    assertThat(f.name()).isEqualTo("Maria");
    assertThat(f.emails()).containsExactly("Maria@Example.com", "m@example.org");
    assertThat(f.company()).isNull();
    assertThat(f.phone()).isNull();
    assertThat(ContactFields.key(" Maria@Example.COM")).isEqualTo("maria@example.com");
  }

  @Test
  void everyProblemIsReportedAtOnceByField() {
    assertThatThrownBy(
            () ->
                new ContactFields(
                    "", Arrays.asList("ok@example.com", "no-at-sign", null, "a@b@c"), "c", "p"))
        .isInstanceOfSatisfying(
            InvalidActivityException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ActivityProblem::field)
                    .containsExactly("name", "emails[1]", "emails[2]", "emails[3]"));
    assertThatThrownBy(() -> new ContactFields("x", Collections.nCopies(21, "a@b.c"), null, null))
        .isInstanceOfSatisfying(
            InvalidActivityException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ActivityProblem::field)
                    .containsExactly("emails"));
  }

  @Test
  void anAddressWhoseLowerCaseIsTooLongIsRefusedNotCutShort() {
    // "İ" lower-cases to two characters: 165 typed become a key of 325
    String address = "İ".repeat(160) + "@x.io";

    assertThatThrownBy(() -> ContactFields.of("x", address))
        .isInstanceOfSatisfying(
            InvalidActivityException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ActivityProblem::field)
                    .containsExactly("emails[0]"));
  }

  @Test
  void theFormTakesOneAddressPerLineAndAnAddressMayHoldCommasOrSemicolons() {
    ContactForm form = new ContactForm("x", "a;b@x.test\r\n\n \"c,d\"@x.test \n", "", "", null);

    assertThat(form.addresses()).containsExactly("a;b@x.test", "\"c,d\"@x.test");
    assertThat(
            ContactForm.of(
                    new Contact(
                        "id",
                        1,
                        form.toFields(),
                        1,
                        java.time.Instant.EPOCH,
                        com.tandem.server.activity.Origin.CRM))
                .addresses())
        .isEqualTo(form.addresses());
  }

  @Property
  void noTwoKeptAddressesShareAKey(
      @ForAll @Size(max = 20) List<@AlphaChars @StringLength(min = 1, max = 2) String> locals) {
    List<String> addresses = locals.stream().map(l -> l + "@Example.com").toList();

    ContactFields f = new ContactFields("x", addresses, null, null);

    assertThat(f.emails().stream().map(ContactFields::key).distinct()).hasSameSizeAs(f.emails());
    assertThat(f.emails().stream().map(ContactFields::key))
        .containsExactlyInAnyOrderElementsOf(
            addresses.stream().map(ContactFields::key).distinct().toList());
  }
}
