package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A folder of a mailbox.
 *
 * @param id the folder's id
 * @param displayName the folder's name
 * @param parentFolderId the parent folder's id
 * @param childFolderCount how many folders it holds
 * @param unreadItemCount how many unread messages it holds
 * @param totalItemCount how many messages it holds
 * @param isHidden whether it is hidden
 */
public record MailFolder(
    String id,
    String displayName,
    String parentFolderId,
    Integer childFolderCount,
    Integer unreadItemCount,
    Integer totalItemCount,
    @JsonProperty("isHidden") Boolean isHidden) {}
