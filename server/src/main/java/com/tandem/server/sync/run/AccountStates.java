package com.tandem.server.sync.run;

import com.tandem.server.account.ConnectionStatus;

/** The state of a user's Microsoft account as the account feature keeps it. */
@FunctionalInterface
interface AccountStates {

  /** The account's state now. */
  ConnectionStatus of(long userId);
}
