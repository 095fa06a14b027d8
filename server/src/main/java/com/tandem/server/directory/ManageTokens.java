package com.tandem.server.directory;

import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: only their owner creates them (a token acts as its owner); the owner and
 * the administrators who manage the owner may list and revoke them.
 */
@Service
class ManageTokens {

  private final JdbcPersonalAccessTokens tokens;
  private final ManageUsers users;

  ManageTokens(JdbcPersonalAccessTokens tokens, ManageUsers users) {
    this.tokens = tokens;
    this.users = users;
  }

  @Transactional(readOnly = true)
  List<PersonalAccessToken> list(Actor actor, long userId) {
    requireManages(actor, userId);
    return tokens.list(userId);
  }

  @Transactional
  JdbcPersonalAccessTokens.NewToken create(Actor actor, long userId, String name) {
    users.get(actor, userId);
    if (actor.userId() != userId) {
      throw new ForbiddenException("Only the user themselves may create their access tokens.");
    }
    FieldChecks checks = new FieldChecks();
    String checked = checks.text("name", name, 100);
    checks.throwIfAny();
    return tokens.create(userId, checked);
  }

  @Transactional
  void revoke(Actor actor, long userId, long tokenId) {
    requireManages(actor, userId);
    if (!tokens.revoke(userId, tokenId)) {
      throw new NotFoundException("There is no token " + tokenId + ".");
    }
  }

  private void requireManages(Actor actor, long userId) {
    DirectoryUser user = users.get(actor, userId);
    if (!actor.mayManageUser(user.id(), user.organizationId())) {
      throw new ForbiddenException("You may not manage this user's tokens.");
    }
  }
}
