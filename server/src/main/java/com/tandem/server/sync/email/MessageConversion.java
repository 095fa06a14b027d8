package com.tandem.server.sync.email;

import com.tandem.graph.model.Attachment;
import com.tandem.graph.model.BodyType;
import com.tandem.graph.model.Message;
import com.tandem.graph.model.Recipient;
import com.tandem.server.email.EmailAddress;
import com.tandem.server.email.IncomingMessage;
import com.tandem.server.email.MailboxRef;
import java.util.ArrayList;
import java.util.List;

/** A Graph message as one mailbox's copy for the email store. */
final class MessageConversion {

  private MessageConversion() {}

  static IncomingMessage copy(
      MailboxRef mailbox, String folderId, Message m, List<Attachment> attachments) {
    boolean html = m.body() != null && m.body().contentType() == BodyType.HTML;
    List<IncomingMessage.Attachment> files = new ArrayList<>();
    for (Attachment a : attachments) {
      files.add(
          new IncomingMessage.Attachment(
              a.name(),
              a.contentType(),
              a.size() == null ? 0 : a.size(),
              Boolean.TRUE.equals(a.isInline())));
    }
    return new IncomingMessage(
        mailbox,
        m.id(),
        folderId,
        m.internetMessageId(),
        m.conversationId(),
        m.subject(),
        address(m.from() != null ? m.from() : m.sender()),
        addresses(m.toRecipients()),
        addresses(m.ccRecipients()),
        addresses(m.bccRecipients()),
        m.sentDateTime(),
        m.receivedDateTime(),
        html,
        m.body() == null ? "" : m.body().content(),
        files);
  }

  /** The addresses that link contacts (from, to, cc: a blind copy links nobody), lower-cased. */
  static List<String> addressKeys(IncomingMessage m) {
    List<String> keys = new ArrayList<>();
    if (m.from() != null) {
      keys.add(m.from().key());
    }
    for (List<EmailAddress> list : List.of(m.to(), m.cc())) {
      list.forEach(a -> keys.add(a.key()));
    }
    keys.removeIf(String::isEmpty);
    return keys;
  }

  private static EmailAddress address(Recipient r) {
    if (r == null || r.emailAddress() == null || r.address() == null) {
      return null;
    }
    return new EmailAddress(r.emailAddress().name(), r.address());
  }

  private static List<EmailAddress> addresses(List<Recipient> recipients) {
    List<EmailAddress> out = new ArrayList<>();
    if (recipients != null) {
      for (Recipient r : recipients) {
        EmailAddress a = address(r);
        if (a != null) {
          out.add(a);
        }
      }
    }
    return out;
  }
}
