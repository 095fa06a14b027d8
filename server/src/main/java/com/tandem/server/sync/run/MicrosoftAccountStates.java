package com.tandem.server.sync.run;

import com.tandem.server.account.ConnectionStatus;
import com.tandem.server.account.MicrosoftConnections;
import org.springframework.stereotype.Component;

/** {@link AccountStates} read from the account feature's connections. */
@Component
class MicrosoftAccountStates implements AccountStates {

  private final MicrosoftConnections connections;

  MicrosoftAccountStates(MicrosoftConnections connections) {
    this.connections = connections;
  }

  @Override
  public ConnectionStatus of(long userId) {
    return connections.connection(userId).status();
  }
}
