package com.tandem.graph;

import com.tandem.graph.errors.GraphError;
import com.tandem.graph.model.User;
import java.util.Map;

/** The user behind a mailbox. */
public final class Users {

  private final GraphHttp http;

  Users(GraphHttp http) {
    this.http = http;
  }

  /** Reads the mailbox's user ({@code GET /me} or {@code GET /users/{idOrUpn}}). */
  public User get(Mailbox mailbox) {
    String path = mailbox.path();
    return GraphJson.value(
        http.get(mailbox, http.uri(path, Map.of())),
        User.class,
        GraphError.of("GET " + path, 200, null, "no user in answer", null));
  }
}
