package com.tandem.server.account;

import com.tandem.server.directory.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Disconnect: forgets the user's tokens (or application-mode link); synced items stay. */
@Service
class Disconnect {

  private static final Logger log = LoggerFactory.getLogger(Disconnect.class);

  private final JdbcConnections connections;
  private final ApplicationEventPublisher events;
  private final JdbcUserLinks links;

  Disconnect(JdbcConnections connections, JdbcUserLinks links, ApplicationEventPublisher events) {
    this.events = events;
    this.connections = connections;
    this.links = links;
  }

  void disconnect(Actor actor, long userId) {
    boolean had = connections.delete(userId) | links.delete(userId);
    if (had) {
      events.publishEvent(new MicrosoftAccountChanged(userId));
      log.info("User {} disconnected the Microsoft account of user {}", actor.userId(), userId);
    }
  }
}
