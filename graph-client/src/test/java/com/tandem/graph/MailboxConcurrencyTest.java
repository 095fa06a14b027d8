package com.tandem.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.graph.errors.ThrottledException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailboxConcurrencyTest {

  private final MailboxConcurrency concurrency = new MailboxConcurrency(4);
  private final Mailbox adele = Mailbox.me("adele");

  @Test
  void aSlotGivenBackCanBeTakenAgainAndNothingIsLeftBehind() {
    List<MailboxConcurrency.Slot> slots = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      slots.add(concurrency.acquire(adele, "GET /me"));
    }
    assertThatThrownBy(() -> concurrency.acquire(adele, "GET /me"))
        .isInstanceOf(ThrottledException.class);

    slots.remove(0).close();
    slots.add(concurrency.acquire(adele, "GET /me"));
    slots.forEach(MailboxConcurrency.Slot::close);

    assertThat(concurrency.inFlight(adele)).isZero();
  }

  @Test
  void theSameUserReachedByTwoConnectionsSharesTheLimit() {
    for (int i = 0; i < 4; i++) {
      concurrency.acquire(Mailbox.user("app-" + i, "Adele@contoso.test"), "GET /users/x");
    }

    assertThatThrownBy(
            () -> concurrency.acquire(Mailbox.user("other", "adele@contoso.test"), "GET"))
        .isInstanceOf(ThrottledException.class);
    assertThat(concurrency.inFlight(Mailbox.me("adele"))).isZero();
  }
}
