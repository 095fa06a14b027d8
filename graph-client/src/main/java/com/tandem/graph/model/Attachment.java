package com.tandem.graph.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What Tandem keeps of a message's attachment: its name and size, never its content.
 *
 * @param id the attachment's id
 * @param name the file name
 * @param contentType the MIME type
 * @param size the size in bytes
 * @param isInline whether it is shown inside the body
 */
public record Attachment(
    String id,
    String name,
    String contentType,
    Long size,
    @JsonProperty("isInline") Boolean isInline) {}
