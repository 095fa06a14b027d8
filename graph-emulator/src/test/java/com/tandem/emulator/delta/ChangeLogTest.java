package com.tandem.emulator.delta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.emulator.http.GraphException;
import org.junit.jupiter.api.Test;

class ChangeLogTest {
  @Test
  void anItemAppearsOnceAtItsLatestChange() {
    ChangeLog log = new ChangeLog();
    log.changed("a", 1);
    log.changed("b", 2);
    log.changed("a", 3);
    log.removed("b", 4, null);
    assertThat(log.between(0, 10, 10)).extracting(ChangeLog.Change::id).containsExactly("a", "b");
    assertThat(log.between(0, 10, 10).get(1).removed()).isTrue();
    assertThat(log.between(3, 10, 10)).extracting(ChangeLog.Change::id).containsExactly("b");
    assertThat(log.between(0, 3, 1)).extracting(ChangeLog.Change::seq).containsExactly(3L);
  }

  @Test
  void tokensRoundTripAndGarbageIsRefused() {
    DeltaToken t = new DeltaToken("tasks:x", 2, 5, 9, 7, true, 100, 200);
    assertThat(DeltaToken.decode(t.encode())).isEqualTo(t);
    assertThatThrownBy(() -> DeltaToken.decode("not-a-token!")).isInstanceOf(GraphException.class);
  }
}
