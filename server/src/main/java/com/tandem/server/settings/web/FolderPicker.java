package com.tandem.server.settings.web;

import com.tandem.server.account.MailFolderTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Retrieve Folders on a user's Microsoft Settings page: the mailbox's folder tree as checkboxes,
 * ticked where the user's {@code email.folders} names the folder, and the chosen values the mailbox
 * no longer has (a folder deleted in Outlook), so that they can be unticked.
 *
 * @param problem why the tree could not be read, shown by the field; null when it was
 */
record FolderPicker(List<Choice> choices, List<String> unknown, boolean complete, String problem) {

  /**
   * One folder.
   *
   * @param value what the setting stores for it: its well-known name, else its id
   */
  record Choice(
      String value, String name, int totalItemCount, boolean checked, List<Choice> children) {}

  /** Whether the page shows the checkboxes (a tree was read and has folders to choose). */
  public boolean shown() {
    return problem == null && !(choices.isEmpty() && unknown.isEmpty());
  }

  static FolderPicker of(MailFolderTree.Tree tree, List<String> current) {
    if (tree.problem() != null) {
      return new FolderPicker(List.of(), List.of(), false, tree.problem());
    }
    Set<String> matched = new HashSet<>();
    List<Choice> choices = choices(tree.folders(), current, matched);
    List<String> unknown = current.stream().filter(value -> !matched.contains(value)).toList();
    return new FolderPicker(choices, unknown, tree.complete(), null);
  }

  private static List<Choice> choices(
      List<MailFolderTree.Folder> folders, List<String> current, Set<String> matched) {
    List<Choice> choices = new ArrayList<>();
    for (MailFolderTree.Folder folder : folders) {
      boolean checked = false;
      for (String value : current) {
        if (names(value, folder)) {
          matched.add(value);
          checked = true;
        }
      }
      choices.add(
          new Choice(
              folder.choice(),
              folder.name(),
              folder.totalItemCount(),
              checked,
              choices(folder.children(), current, matched)));
    }
    return choices;
  }

  /** A well-known name matches in any case, as Graph reads it; an id matches exactly. */
  private static boolean names(String value, MailFolderTree.Folder folder) {
    return value.equals(folder.id())
        || folder.wellKnownName() != null && value.equalsIgnoreCase(folder.wellKnownName());
  }
}
