package com.tandem.bench.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.Seed;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CountingProxyTest {

  @Test
  void everyPageOfADeltaRoundIsCountedBecauseItsLinksLeadBackThroughTheProxy() throws Exception {
    try (GraphEmulator emulator = GraphEmulator.start(Seed.demo());
        CountingProxy proxy = CountingProxy.start(emulator.baseUrl())) {
      String token =
          emulator
              .control()
              .delegatedToken(
                  "contoso", "adele@contoso.test", Seed.DEMO_CLIENT_ID, "Calendars.ReadWrite");
      GraphLoop direct = new GraphLoop(emulator.baseUrl(), token);
      for (int i = 0; i < 5; i++) {
        direct.post("/v1.0/me/events", new SampleItems(java.time.LocalDate.now()).eventJson(i));
      }
      GraphLoop viaProxy = new GraphLoop(proxy.baseUrl(), token);
      AtomicInteger items = new AtomicInteger();

      int pages =
          viaProxy.readDelta(
              proxy.baseUrl() + "/v1.0/me/calendarView/delta?" + BenchWorld.calendarWindowQuery(),
              2,
              page -> items.addAndGet(page.size()));

      assertThat(items).hasValue(5);
      assertThat(pages).isEqualTo(3);
      assertThat(proxy.total()).isEqualTo(3);
      assertThat(proxy.byKind()).containsEntry("GET /v1.0/me/calendarView/delta", 3L);
      proxy.reset();
      assertThat(proxy.total()).isZero();
    }
  }

  @Test
  void idsInPathsAreShownAsPlaceholders() {
    assertThat(CountingProxy.shape("/v1.0/users/a@b.test/todo/lists/AAMk=/tasks/delta"))
        .isEqualTo("/v1.0/users/{id}/todo/lists/{id}/tasks/delta");
  }
}
