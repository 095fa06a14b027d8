package com.tandem.bench.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SizesTest {

  @Test
  void withoutArgumentsTheIssuesSizesAreUsed() {
    assertThat(Sizes.parse()).isEqualTo(Sizes.FULL);
    assertThat(Sizes.FULL.events()).isEqualTo(10_000);
    assertThat(Sizes.FULL.scheduledConnections()).isEqualTo(1_000);
  }

  @Test
  void argumentsOverrideOneSizeEach() {
    Sizes s = Sizes.parse("--events=500", "--scheduled=10", "--schedule-minutes=1.5");

    assertThat(s.events()).isEqualTo(500);
    assertThat(s.tasks()).isEqualTo(2_000);
    assertThat(s.scheduledConnections()).isEqualTo(10);
    assertThat(s.scheduleFor()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void theWarmUpAndTheImportRoundsMayBeSet() {
    Sizes s = Sizes.parse("--smoke", "--warm-up=50", "--import-rounds=3");

    assertThat(s.warmUpItems()).isEqualTo(50);
    assertThat(s.importRounds()).isEqualTo(3);
    assertThat(s.events()).isEqualTo(Sizes.SMOKE.events());
    assertThatThrownBy(() -> Sizes.parse("--import-rounds=0"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownArgumentIsRefused() {
    assertThatThrownBy(() -> Sizes.parse("--fast"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--fast");
  }
}
