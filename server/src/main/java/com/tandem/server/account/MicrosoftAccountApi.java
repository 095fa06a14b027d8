package com.tandem.server.account;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.SignedInUser;
import com.tandem.server.web.BadGatewayException;
import com.tandem.server.web.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users/{userId}/microsoft-account}: state, Check Connection and Disconnect. */
@RestController
@RequestMapping("/api/v1/users/{userId}/microsoft-account")
class MicrosoftAccountApi {

  /** The connection as the API shows it. */
  record AccountJson(
      String status, String accountName, Instant connectedAt, List<String> grantedScopes) {
    static AccountJson of(MicrosoftConnection c) {
      return new AccountJson(
          c.status().name(), c.accountName(), c.connectedAt(), c.grantedScopes());
    }
  }

  /** Application mode: the Microsoft user to link; blank or absent links by e-mail address. */
  record LinkJson(String microsoftUser) {}

  /** Retrieve Folders' answer. */
  record FoldersJson(List<MailFolderTree.Folder> folders, boolean complete) {}

  /** Check Connection's answer. */
  record CheckJson(boolean ok, List<String> problems, List<String> working) {}

  private final AccountAccess access;
  private final MicrosoftConnections connections;
  private final ConnectionCheck check;
  private final Disconnect disconnect;
  private final LinkUsers linkUsers;
  private final MailFolderTree folderTree;

  MicrosoftAccountApi(
      AccountAccess access,
      MicrosoftConnections connections,
      ConnectionCheck check,
      Disconnect disconnect,
      LinkUsers linkUsers,
      MailFolderTree folderTree) {
    this.linkUsers = linkUsers;
    this.folderTree = folderTree;
    this.access = access;
    this.connections = connections;
    this.check = check;
    this.disconnect = disconnect;
  }

  @GetMapping
  AccountJson get(@AuthenticationPrincipal SignedInUser user, @PathVariable long userId) {
    access.manage(user.actor(), userId);
    return AccountJson.of(connections.connection(userId));
  }

  @PostMapping("/check")
  CheckJson check(
      @AuthenticationPrincipal SignedInUser user, @PathVariable long userId, Locale locale) {
    access.manage(user.actor(), userId);
    CheckResult result = check.check(userId, locale);
    return new CheckJson(result.ok(), result.problems(), result.working());
  }

  /** Retrieve Folders: the mailbox's folder tree, for choosing {@code email.folders}. */
  @GetMapping("/mail-folders")
  FoldersJson folders(
      @AuthenticationPrincipal SignedInUser user, @PathVariable long userId, Locale locale) {
    access.manage(user.actor(), userId);
    MailFolderTree.Tree tree = folderTree.of(userId, locale);
    if (tree.problem() != null) {
      throw tree.microsoftRefused()
          ? new BadGatewayException(tree.problem())
          : new ConflictException(null, tree.problem());
    }
    return new FoldersJson(tree.folders(), tree.complete());
  }

  @PutMapping("/link")
  AccountJson link(
      @AuthenticationPrincipal SignedInUser user,
      @PathVariable long userId,
      @RequestBody(required = false) LinkJson body,
      Locale locale) {
    linkUsers.link(user.actor(), userId, body == null ? null : body.microsoftUser(), locale);
    return AccountJson.of(connections.connection(userId));
  }

  @DeleteMapping
  ResponseEntity<Void> disconnect(
      @AuthenticationPrincipal SignedInUser user, @PathVariable long userId) {
    Actor actor = user.actor();
    access.manage(actor, userId);
    disconnect.disconnect(actor, userId);
    return ResponseEntity.noContent().build();
  }
}
