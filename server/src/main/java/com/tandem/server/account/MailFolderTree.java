package com.tandem.server.account;

import com.tandem.graph.GraphClient;
import com.tandem.graph.Mailbox;
import com.tandem.graph.errors.GraphException;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.model.MailFolder;
import com.tandem.server.settings.SettingKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Retrieve Folders: the connected mailbox's folder tree, sub-folders included, so that a person
 * picks the folders to import instead of typing ids. A folder Graph knows by a well-known name
 * (Inbox, Sent Items, …) is chosen by that name, which survives a mailbox move; any other by id.
 */
@Service
public class MailFolderTree {

  /** The most folders one answer lists; a larger mailbox is cut there and says so. */
  static final int MAX_FOLDERS = 1_000;

  /** How deep the tree is followed. */
  static final int MAX_DEPTH = 10;

  /**
   * The well-known names of folders the tree can show (all the settings take but the mailbox's
   * root), resolved to ids once per tree, so that a folder chosen by name is ticked.
   */
  private static final List<String> WELL_KNOWN =
      SettingKey.WELL_KNOWN_FOLDERS.stream()
          .filter(n -> !n.equals("msgfolderroot"))
          .sorted()
          .toList();

  private static final Logger log = LoggerFactory.getLogger(MailFolderTree.class);

  /**
   * One folder.
   *
   * @param choice what the {@code email.folders} setting stores for it: its well-known name, else
   *     its id
   * @param path the names from the top, joined by {@code /}
   */
  public record Folder(
      String id,
      String name,
      String wellKnownName,
      String choice,
      String path,
      int totalItemCount,
      List<Folder> children) {}

  /**
   * The tree, or why there is none.
   *
   * @param complete false when the mailbox holds more than {@link #MAX_FOLDERS} folders or nests
   *     deeper than {@link #MAX_DEPTH}
   * @param problem what a person should know when the mailbox could not be read, else null
   * @param microsoftRefused true when the problem is Microsoft's answer, false when the account is
   *     not connected (or needs reconnecting)
   */
  public record Tree(
      List<Folder> folders, boolean complete, String problem, boolean microsoftRefused) {
    static Tree notConnected(String problem) {
      return new Tree(List.of(), false, problem, false);
    }
  }

  private final MicrosoftConnections connections;
  private final MessageSource messages;

  MailFolderTree(MicrosoftConnections connections, MessageSource messages) {
    this.connections = connections;
    this.messages = messages;
  }

  /** The user's mailbox folders, read now from Microsoft 365. */
  public Tree of(long userId, Locale locale) {
    MicrosoftConnection connection = connections.connection(userId);
    if (connection.status() == ConnectionStatus.NOT_CONNECTED) {
      return Tree.notConnected(text(Problems.NOT_CONNECTED, locale));
    }
    if (connection.status() == ConnectionStatus.RECONNECT_REQUIRED) {
      return Tree.notConnected(text("account.status.reconnect", locale));
    }
    try {
      Mailbox mailbox = connections.mailboxFor(userId);
      return new Reading(connections.graph(), mailbox).tree();
    } catch (MicrosoftAccountUnavailableException e) {
      return Tree.notConnected(text(Problems.NOT_LINKED, locale));
    } catch (GraphException e) {
      log.info("Retrieve Folders of user {} failed: {}", userId, GraphProblems.detail(e));
      String why = text(GraphProblems.key(e), locale, GraphProblems.detail(e));
      return new Tree(List.of(), false, text("account.folders.failed", locale, why), true);
    }
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  /** One walk over a mailbox's folders. */
  private static final class Reading {
    private final GraphClient graph;
    private final Mailbox mailbox;
    private final Map<String, String> wellKnownById = new HashMap<>();
    private int listed;
    private boolean complete = true;

    Reading(GraphClient graph, Mailbox mailbox) {
      this.graph = graph;
      this.mailbox = mailbox;
    }

    Tree tree() {
      for (String name : WELL_KNOWN) {
        try {
          wellKnownById.put(graph.mail().folder(mailbox, name).id(), name);
        } catch (NotFoundException e) {
          // Not every mailbox has every well-known folder (an archive, say).
        }
      }
      return new Tree(level(graph.mail().folders(mailbox), "", 1), complete, null, false);
    }

    private List<Folder> level(List<MailFolder> found, String parentPath, int depth) {
      List<Folder> folders = new ArrayList<>();
      for (MailFolder folder : found) {
        if (Boolean.TRUE.equals(folder.isHidden())) {
          continue;
        }
        if (listed == MAX_FOLDERS) {
          complete = false;
          break;
        }
        listed++;
        String path =
            parentPath.isEmpty() ? folder.displayName() : parentPath + "/" + folder.displayName();
        List<Folder> children = List.of();
        if (folder.childFolderCount() != null && folder.childFolderCount() > 0) {
          if (depth < MAX_DEPTH) {
            children = level(graph.mail().childFolders(mailbox, folder.id()), path, depth + 1);
          } else {
            complete = false;
          }
        }
        String wellKnown = wellKnownById.get(folder.id());
        folders.add(
            new Folder(
                folder.id(),
                folder.displayName(),
                wellKnown,
                wellKnown != null ? wellKnown : folder.id(),
                path,
                folder.totalItemCount() == null ? 0 : folder.totalItemCount(),
                children));
      }
      return folders;
    }
  }
}
