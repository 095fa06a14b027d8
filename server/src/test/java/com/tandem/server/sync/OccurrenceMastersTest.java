package com.tandem.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bounded memory of which series an occurrence id belongs to. */
class OccurrenceMastersTest {

  @Test
  void theLeastRecentlySeenOccurrenceIsForgottenFirst() {
    OccurrenceMasters masters = new OccurrenceMasters(2);
    masters.remember("o1", "m1");
    masters.remember("o2", "m1");
    masters.masterOf("o1");

    masters.remember("o3", "m2");

    assertThat(masters.masterOf("o1")).contains("m1");
    assertThat(masters.masterOf("o2")).isEmpty();
    assertThat(masters.masterOf("o3")).contains("m2");
  }

  @Test
  void unknownAndIncompleteEntriesAreNotKept() {
    OccurrenceMasters masters = new OccurrenceMasters(10);
    masters.remember("o1", null);

    assertThat(masters.masterOf("o1")).isEmpty();
    assertThatThrownBy(() -> new OccurrenceMasters(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
