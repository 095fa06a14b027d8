package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An e-mail message as Graph reads it, or the message to send.
 *
 * @param etag {@code @odata.etag}
 * @param id the message's id
 * @param changeKey the version
 * @param createdDateTime when it was created
 * @param lastModifiedDateTime when it was last modified
 * @param receivedDateTime when it arrived
 * @param sentDateTime when it was sent
 * @param subject the subject
 * @param body the body
 * @param bodyPreview the first characters of the body
 * @param from who wrote it
 * @param sender who sent it (differs from {@code from} when sent on behalf)
 * @param toRecipients the To recipients
 * @param ccRecipients the Cc recipients
 * @param bccRecipients the Bcc recipients
 * @param replyTo where replies go
 * @param conversationId the thread's id
 * @param internetMessageId the RFC 5322 Message-ID
 * @param parentFolderId the folder holding it
 * @param isRead whether it was read
 * @param isDraft whether it is a draft
 * @param hasAttachments whether it has attachments
 * @param attachments the attachments' names and sizes, when asked for
 */
public record Message(
    @JsonProperty("@odata.etag") String etag,
    String id,
    String changeKey,
    Instant createdDateTime,
    Instant lastModifiedDateTime,
    Instant receivedDateTime,
    Instant sentDateTime,
    String subject,
    ItemBody body,
    String bodyPreview,
    Recipient from,
    Recipient sender,
    List<Recipient> toRecipients,
    List<Recipient> ccRecipients,
    List<Recipient> bccRecipients,
    List<Recipient> replyTo,
    String conversationId,
    String internetMessageId,
    String parentFolderId,
    @JsonProperty("isRead") Boolean isRead,
    @JsonProperty("isDraft") Boolean isDraft,
    @JsonProperty("hasAttachments") Boolean hasAttachments,
    List<Attachment> attachments) {

  /** Copies the lists so that the message stays immutable. */
  public Message {
    toRecipients = copy(toRecipients);
    ccRecipients = copy(ccRecipients);
    bccRecipients = copy(bccRecipients);
    replyTo = copy(replyTo);
    attachments = copy(attachments);
  }

  /** A message to send, checking that it has a body and at least one recipient. */
  public static Message outgoing(
      String subject, ItemBody body, List<Recipient> to, List<Recipient> cc, List<Recipient> bcc) {
    Objects.requireNonNull(subject, "subject == null");
    Objects.requireNonNull(body, "body == null");
    List<Recipient> toList = to == null ? List.of() : to;
    List<Recipient> ccList = cc == null ? List.of() : cc;
    List<Recipient> bccList = bcc == null ? List.of() : bcc;
    if (toList.isEmpty() && ccList.isEmpty() && bccList.isEmpty()) {
      throw new IllegalArgumentException("a message needs at least one recipient");
    }
    return new Message(
        null, null, null, null, null, null, null, subject, body, null, null, null, toList, ccList,
        bccList, null, null, null, null, null, null, null, null);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : List.copyOf(list);
  }
}
