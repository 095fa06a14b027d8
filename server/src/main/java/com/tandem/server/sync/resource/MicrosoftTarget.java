package com.tandem.server.sync.resource;

import com.tandem.graph.GraphClient;
import com.tandem.graph.Mailbox;
import java.util.Objects;

/**
 * Where one user's resource lives in Microsoft 365.
 *
 * @param graph the client to call Graph with
 * @param mailbox the user's mailbox ({@code /me} or {@code /users/{id}})
 * @param listId for tasks, the To Do list synced; null for the calendar
 */
public record MicrosoftTarget(GraphClient graph, Mailbox mailbox, String listId) {

  /** Checks the arguments. */
  public MicrosoftTarget {
    Objects.requireNonNull(graph, "graph == null");
    Objects.requireNonNull(mailbox, "mailbox == null");
  }
}
