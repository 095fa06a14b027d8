package com.tandem.server.settings;

import com.tandem.server.directory.Actor;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * The audit trail for changes other features make that an administrator must be able to trace
 * beside the settings (who, when, whose, old → new), such as a Microsoft user linked by hand.
 */
@Service
public class AuditTrail {

  private final JdbcSettingsAudit audit;
  private final Clock clock;

  AuditTrail(JdbcSettingsAudit audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  /** Records that {@code actor} changed {@code what} of a user from {@code old} to {@code now}. */
  public void userChanged(
      Actor actor, long userId, long organizationId, String what, String old, String now) {
    audit.record(
        clock.instant(),
        actor.userId(),
        actor.username(),
        Scope.user(userId),
        organizationId,
        what,
        old,
        now,
        false);
  }
}
