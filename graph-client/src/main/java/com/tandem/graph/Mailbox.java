package com.tandem.graph;

import java.util.Objects;

/**
 * The mailbox a call works on: the signed-in user ({@code /me}) or a named user ({@code
 * /users/{idOrUpn}}), together with the caller's key for the credentials that reach it.
 *
 * @param connection the caller's opaque key for the credentials, passed to {@link AccessTokens}
 * @param user the user id or user principal name, or {@code null} for {@code /me}
 */
public record Mailbox(String connection, String user) {

  /** Checks that the connection key is present and the user, when given, is not blank. */
  public Mailbox {
    Objects.requireNonNull(connection, "connection == null");
    if (connection.isBlank()) {
      throw new IllegalArgumentException("connection is blank");
    }
    if (user != null && user.isBlank()) {
      throw new IllegalArgumentException("user is blank");
    }
  }

  /** The signed-in user's mailbox ({@code /me}), reached with delegated credentials. */
  public static Mailbox me(String connection) {
    return new Mailbox(connection, null);
  }

  /** A named user's mailbox ({@code /users/{idOrUpn}}), typically in application mode. */
  public static Mailbox user(String connection, String idOrUpn) {
    Objects.requireNonNull(idOrUpn, "idOrUpn == null");
    return new Mailbox(connection, idOrUpn);
  }

  /** The path of this mailbox relative to the Graph version, e.g. {@code /me}. */
  public String path() {
    return user == null ? "/me" : "/users/" + GraphUris.segment(user);
  }

  /** The path of a resource in this mailbox, each segment percent-encoded as needed. */
  public String path(String... segments) {
    StringBuilder path = new StringBuilder(path());
    for (String segment : segments) {
      Objects.requireNonNull(segment, "segment == null");
      path.append('/').append(GraphUris.segment(segment));
    }
    return path.toString();
  }
}
