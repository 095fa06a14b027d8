package com.tandem.server.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a caller sends to create or replace a user; checked by the service. Roles are names so that
 * an unknown one gets a clear message; a missing password on replace keeps the current one.
 */
record UserInput(
    String username,
    String email,
    String displayName,
    Long organizationId,
    List<String> roles,
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String password,
    Boolean enabled) {}
