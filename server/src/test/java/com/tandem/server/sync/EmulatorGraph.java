package com.tandem.server.sync;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.Seed;
import com.tandem.graph.AccessTokens;
import com.tandem.graph.GraphClient;
import com.tandem.graph.GraphEndpoints;
import com.tandem.graph.Mailbox;

/** A Graph client for the emulator's demo tenant, each mailbox with its user's own token. */
public final class EmulatorGraph {

  static final String TENANT = "contoso";

  /** Adele's mailbox; the connection name is the user's name. */
  public static final Mailbox ADELE = Mailbox.me("adele");

  private EmulatorGraph() {}

  /** A client with small pages, so that rounds span several. */
  public static GraphClient client(GraphEmulator emulator, int maxPageSize) {
    GraphEndpoints endpoints = GraphEndpoints.of(emulator.baseUrl(), TENANT, emulator.baseUrl());
    AccessTokens tokens =
        mailbox ->
            emulator
                .control()
                .delegatedToken(
                    TENANT,
                    mailbox.connection() + "@contoso.test",
                    Seed.DEMO_CLIENT_ID,
                    "User.Read",
                    "Calendars.ReadWrite",
                    "Tasks.ReadWrite");
    return GraphClient.builder(endpoints, tokens).maxPageSize(maxPageSize).build();
  }
}
