package com.tandem.server.sync.email;

import com.tandem.graph.DeltaItem;
import com.tandem.graph.DeltaPage;
import com.tandem.graph.GraphClient;
import com.tandem.graph.Mailbox;
import com.tandem.graph.errors.GraphException;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.errors.SyncStateExpiredException;
import com.tandem.graph.model.Attachment;
import com.tandem.graph.model.MailFolder;
import com.tandem.graph.model.Message;
import com.tandem.server.email.Emails;
import com.tandem.server.email.IncomingMessage;
import com.tandem.server.email.MailboxRef;
import com.tandem.server.settings.EmailTrack;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * One import of a mailbox's chosen folders into the organization's emails (see the package). A
 * folder that cannot be read, or a message that cannot be stored, is skipped with its reason and
 * the import goes on with the rest.
 */
@Service
public class MailboxImport {

  /** Graph ends a message delta round that has a filter after this many messages. */
  static final int FILTERED_ROUND_CAP = 5_000;

  /** The stretch of history one backfill step lists. */
  static final Duration BACKFILL_WINDOW = Duration.ofDays(30);

  private static final Logger log = LoggerFactory.getLogger(MailboxImport.class);

  /**
   * What to import.
   *
   * @param mailbox whose copies these are, in the CRM
   * @param graphMailbox how Graph addresses the mailbox
   * @param folders well-known folder names or folder ids
   * @param importDays how far back a folder's first import reaches
   */
  public record Request(
      long organizationId,
      MailboxRef mailbox,
      Mailbox graphMailbox,
      List<String> folders,
      int importDays,
      EmailTrack track) {}

  /** Something left out, and why. */
  public record Skip(String folder, String messageId, String reason) {}

  /**
   * What an import did.
   *
   * @param newEmails emails this mailbox was the first to bring
   * @param copies copies this mailbox had not brought before
   * @param removed copies Outlook reported deleted or moved out of the synced folders
   * @param untracked messages left out because no contact holds one of their addresses
   */
  public record Report(int newEmails, int copies, int removed, int untracked, List<Skip> skipped) {}

  private final Emails emails;
  private final MailCursors cursors;
  private final Clock clock;

  MailboxImport(Emails emails, MailCursors cursors, Clock clock) {
    this.emails = emails;
    this.cursors = cursors;
    this.clock = clock;
  }

  /** Imports each folder of the request through {@code graph}. */
  public Report run(GraphClient graph, Request request) {
    Tally tally = new Tally();
    for (String name : request.folders()) {
      MailFolder folder;
      try {
        folder = graph.mail().folder(request.graphMailbox(), name);
      } catch (NotFoundException e) {
        tally.skipped.add(new Skip(name, null, "the folder is not in the mailbox"));
        continue;
      }
      try {
        new FolderRun(graph, request, folder, tally).run();
      } catch (GraphException e) {
        log.info("Import of folder {} of {} stopped: {}", name, request.mailbox(), reason(e));
        tally.skipped.add(new Skip(name, null, "Microsoft 365 refused the folder: " + reason(e)));
      }
    }
    return new Report(
        tally.newEmails, tally.copies, tally.removed, tally.untracked, List.copyOf(tally.skipped));
  }

  private static String reason(GraphException e) {
    String status = e.status() == 0 ? "no answer" : "HTTP " + e.status();
    return e.code().map(code -> status + " " + code).orElse(status);
  }

  /** The counts of one import. */
  private static final class Tally {
    int newEmails;
    int copies;
    int removed;
    int untracked;
    final List<Skip> skipped = new ArrayList<>();
  }

  /** One folder's round (and backfill). */
  private final class FolderRun {
    private final GraphClient graph;
    private final Request request;
    private final String folderId;
    private final String folderName;
    private final Tally tally;
    private int seen;

    FolderRun(GraphClient graph, Request request, MailFolder folder, Tally tally) {
      this.graph = graph;
      this.request = request;
      this.folderId = folder.id();
      this.folderName = folder.displayName();
      this.tally = tally;
    }

    void run() {
      MailCursors.Cursor cursor = cursors.find(request.mailbox(), folderId).orElse(null);
      if (cursor != null && cursor.deltaLink() != null) {
        try {
          String link =
              graph.mail().resumeMessages(request.graphMailbox(), cursor.deltaLink(), this::page);
          cursor = new MailCursors.Cursor(link, cursor.since(), cursor.backfillUntil());
          cursors.save(request.mailbox(), folderId, cursor);
        } catch (SyncStateExpiredException e) {
          // Read the folder again from the start: what is stored already is only found again.
          cursors.forget(request.mailbox(), folderId);
          cursor = null;
        }
      }
      if (cursor == null || cursor.deltaLink() == null) {
        cursor = firstRound();
      }
      backfill(cursor);
    }

    private MailCursors.Cursor firstRound() {
      seen = 0;
      Instant now = clock.instant();
      Instant since = now.minus(Duration.ofDays(request.importDays()));
      String link =
          graph.mail().messagesDeltaSince(request.graphMailbox(), folderId, since, this::page);
      // A round Graph cut short leaves the older part of the history to list.
      MailCursors.Cursor cursor =
          new MailCursors.Cursor(link, since, seen >= FILTERED_ROUND_CAP ? now : null);
      cursors.save(request.mailbox(), folderId, cursor);
      return cursor;
    }

    /**
     * Lists the history a cut first round may have left out, newest first, saving each window done.
     * Graph does not say which 5,000 the round gave, so the whole period is listed; the copies
     * stored already are only found again.
     */
    private void backfill(MailCursors.Cursor cursor) {
      Instant until = cursor.backfillUntil();
      while (until != null && until.isAfter(cursor.since())) {
        Instant from = until.minus(BACKFILL_WINDOW);
        Instant windowStart = from.isAfter(cursor.since()) ? from : cursor.since();
        graph
            .mail()
            .messagesReceived(
                request.graphMailbox(),
                folderId,
                windowStart,
                until,
                messages -> messages.forEach(this::record));
        until = windowStart.equals(cursor.since()) ? null : windowStart;
        cursors.save(
            request.mailbox(),
            folderId,
            new MailCursors.Cursor(cursor.deltaLink(), cursor.since(), until));
      }
    }

    private void page(DeltaPage<Message> page) {
      for (DeltaItem<Message> item : page.items()) {
        if (item.wasRemoved()) {
          if (emails.removed(request.mailbox(), item.id(), folderId)) {
            tally.removed++;
          }
        } else {
          seen++;
          item.item().ifPresent(this::record);
        }
      }
    }

    private void record(Message message) {
      try {
        if (Boolean.TRUE.equals(message.isDraft())) {
          tally.skipped.add(new Skip(folderName, message.id(), "a draft"));
          return;
        }
        IncomingMessage copy =
            MessageConversion.copy(request.mailbox(), folderId, message, attachments(message));
        if (request.track() == EmailTrack.CONTACTS
            && !emails.anyContact(request.organizationId(), MessageConversion.addressKeys(copy))) {
          tally.untracked++;
          return;
        }
        Emails.Recorded recorded = emails.record(request.organizationId(), copy);
        if (recorded.skipped() != null) {
          tally.skipped.add(new Skip(folderName, message.id(), recorded.skipped()));
          return;
        }
        if (recorded.newCopy()) {
          tally.copies++;
        }
        if (recorded.newEmail()) {
          tally.newEmails++;
        }
      } catch (IllegalArgumentException e) {
        tally.skipped.add(new Skip(folderName, message.id(), e.getMessage()));
      } catch (DataAccessException e) {
        // One message the database refuses must not stop the folder for good.
        log.warn("Email {} of {} not stored: {}", message.id(), request.mailbox(), e.getMessage());
        tally.skipped.add(new Skip(folderName, message.id(), "the database refused it"));
      } catch (NotFoundException e) {
        tally.skipped.add(new Skip(folderName, message.id(), "deleted in Outlook while read"));
      }
    }

    /** Attachments' names, types and sizes, read when the delta only says there are some. */
    private List<Attachment> attachments(Message message) {
      if (!Boolean.TRUE.equals(message.hasAttachments())) {
        return List.of();
      }
      if (message.attachments() != null && !message.attachments().isEmpty()) {
        return message.attachments();
      }
      List<Attachment> read =
          graph.mail().message(request.graphMailbox(), message.id()).attachments();
      return read == null ? List.of() : read;
    }
  }
}
