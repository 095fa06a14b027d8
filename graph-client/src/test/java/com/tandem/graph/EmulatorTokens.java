package com.tandem.graph;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.Seed;

/** Tokens for the emulator's demo tenant, keyed by the mailbox's connection name. */
final class EmulatorTokens {

  static final String TENANT = "contoso";

  private EmulatorTokens() {}

  /** A client whose "app" connection uses an application token and others a user's own. */
  static GraphClient client(GraphEmulator emulator, int maxPageSize) {
    GraphEndpoints endpoints = GraphEndpoints.of(emulator.baseUrl(), TENANT, emulator.baseUrl());
    AccessTokens tokens =
        mailbox ->
            mailbox.connection().equals("app")
                ? emulator.control().applicationToken(TENANT, Seed.DEMO_CLIENT_ID)
                : emulator
                    .control()
                    .delegatedToken(
                        TENANT,
                        mailbox.connection() + "@contoso.test",
                        Seed.DEMO_CLIENT_ID,
                        "User.Read",
                        "Calendars.ReadWrite",
                        "Tasks.ReadWrite",
                        "Mail.ReadWrite",
                        "Mail.Send");
    return GraphClient.builder(endpoints, tokens).maxPageSize(maxPageSize).build();
  }
}
