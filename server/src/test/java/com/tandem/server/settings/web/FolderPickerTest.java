package com.tandem.server.settings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.account.MailFolderTree;
import com.tandem.server.settings.ScopeLevel;
import com.tandem.server.settings.SettingInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Retrieve Folders' checkboxes: which are ticked, and what the mailbox no longer has. */
class FolderPickerTest {

  private static final String CUSTOMERS_ID = "AAMkAGCustomers0000000000=";

  private static final MailFolderTree.Tree TREE =
      new MailFolderTree.Tree(
          List.of(
              folder(
                  "AAMkAGInbox0000000000000=",
                  "Inbox",
                  "inbox",
                  List.of(folder(CUSTOMERS_ID, "Customers", null, List.of()))),
              folder("AAMkAGSent00000000000000=", "Sent Items", "sentitems", List.of())),
          true,
          null,
          false);

  private static MailFolderTree.Folder folder(
      String id, String name, String wellKnown, List<MailFolderTree.Folder> children) {
    return new MailFolderTree.Folder(
        id, name, wellKnown, wellKnown != null ? wellKnown : id, name, 3, children);
  }

  @Test
  void wellKnownNamesTickInAnyCaseAndIdsExactly() {
    FolderPicker picker = FolderPicker.of(TREE, List.of("INBOX", CUSTOMERS_ID));

    assertThat(picker.choices().get(0).checked()).isTrue();
    assertThat(picker.choices().get(0).value()).isEqualTo("inbox");
    assertThat(picker.choices().get(0).children().get(0).checked()).isTrue();
    assertThat(picker.choices().get(1).checked()).isFalse();
    assertThat(picker.unknown()).isEmpty();

    FolderPicker lowerCaseId = FolderPicker.of(TREE, List.of(CUSTOMERS_ID.toLowerCase()));
    assertThat(lowerCaseId.choices().get(0).children().get(0).checked()).isFalse();
    assertThat(lowerCaseId.unknown()).containsExactly(CUSTOMERS_ID.toLowerCase());
  }

  @Test
  void aChosenFolderTheMailboxNoLongerHasIsListedToUntick() {
    FolderPicker picker = FolderPicker.of(TREE, List.of("sentitems", "AAMkAGDeleted000000000="));

    assertThat(picker.choices().get(1).checked()).isTrue();
    assertThat(picker.unknown()).containsExactly("AAMkAGDeleted000000000=");
  }

  @Test
  void aTreeThatCouldNotBeReadCarriesOnlyItsProblem() {
    FolderPicker picker =
        FolderPicker.of(
            new MailFolderTree.Tree(List.of(), false, "No Microsoft account is connected.", false),
            List.of("inbox"));

    assertThat(picker.problem()).isEqualTo("No Microsoft account is connected.");
    assertThat(picker.choices()).isEmpty();
    assertThat(picker.unknown()).isEmpty();
  }

  @Test
  void tickedFoldersBecomeOneChoiceAndNoneTickedAnEmptyOne() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add(MicrosoftSettingsForm.FIELDS, "email.folders");
    form.add("email.folders", "inbox");
    form.add("email.folders", CUSTOMERS_ID);

    assertThat(MicrosoftSettingsForm.edits(ScopeLevel.USER, form).get("email.folders"))
        .isEqualTo(new SettingInput.Text("inbox," + CUSTOMERS_ID));

    form.remove("email.folders");
    assertThat(MicrosoftSettingsForm.edits(ScopeLevel.USER, form).get("email.folders"))
        .isEqualTo(new SettingInput.Text(""));
  }
}
