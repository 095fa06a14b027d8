package com.tandem.server.sync.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * Connection leases: at most one run of a connection at a time, across every node. A lease names
 * this node and the run, lasts {@code tandem.sync.lease}, is renewed every third of that while the
 * run goes on, and simply runs out when its node dies.
 */
@Component
@DependsOnDatabaseInitialization
class ConnectionLeases {

  private static final Logger log = LoggerFactory.getLogger(ConnectionLeases.class);

  /** A lease held by this node. */
  record Lease(long userId, String owner) {}

  private final JdbcSyncConnections connections;
  private final Clock clock;
  private final Duration length;
  private final String node;
  private final Map<Lease, Boolean> held = new ConcurrentHashMap<>();
  private final ScheduledExecutorService renewer;

  ConnectionLeases(
      JdbcSyncConnections connections,
      Clock clock,
      @Value("${tandem.sync.lease:90s}") Duration length,
      NodeName node) {
    if (length.compareTo(Duration.ofSeconds(3)) < 0) {
      throw new IllegalArgumentException("tandem.sync.lease must be at least 3 s: " + length);
    }
    this.connections = connections;
    this.clock = clock;
    this.length = length;
    this.node = node.value();
    this.renewer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "sync-lease-renewer");
              thread.setDaemon(true);
              return thread;
            });
    long every = length.toMillis() / 3;
    renewer.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
  }

  /** This node's name, as leases show it. */
  String node() {
    return node;
  }

  /** Takes the connection's lease, or empty when a run of it goes on (here or elsewhere). */
  Optional<Lease> claim(long userId) {
    Instant now = now();
    Lease lease = new Lease(userId, node + "/" + UUID.randomUUID().toString().substring(0, 8));
    if (!connections.claim(userId, lease.owner(), now.plus(length), now)) {
      return Optional.empty();
    }
    held.put(lease, Boolean.TRUE);
    return Optional.of(lease);
  }

  /** Stops renewing the lease; the caller then releases it or finishes the run with it. */
  void stopRenewing(Lease lease) {
    held.remove(lease);
  }

  /** Ends the lease without recording a run (a dry run). */
  void release(Lease lease) {
    held.remove(lease);
    connections.release(lease.userId(), lease.owner(), now());
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private void renewAll() {
    for (Lease lease : held.keySet()) {
      try {
        if (!connections.renew(lease.userId(), lease.owner(), now().plus(length))) {
          log.warn("Lost the sync lease of user {}'s connection", lease.userId());
          held.remove(lease);
        }
      } catch (RuntimeException e) {
        log.warn("Could not renew the sync lease of user {}: {}", lease.userId(), e.toString());
      }
    }
  }

  @PreDestroy
  void stop() {
    renewer.shutdownNow();
  }

  /**
   * Takes back the leases this node held when it stopped (a crash, a kill): no run of this node
   * goes on before it has started, so they only keep Sync now waiting for nothing.
   */
  @PostConstruct
  void takeBackOwnLeases() {
    int released = connections.releaseAllOf(node, now());
    if (released > 0) {
      log.info("Took back {} connection lease(s) this node held before it restarted", released);
    }
  }
}
