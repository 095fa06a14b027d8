package com.tandem.server.sync;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts the recording Sync now and deletion holds in place of the real ones, for these tests. */
@TestConfiguration
class SyncTestPorts {

  @Bean
  @Primary
  RecordingSyncNow recordingSyncNow(Clock clock) {
    return new RecordingSyncNow(clock);
  }

  @Bean
  @Primary
  RecordingDeletionHolds recordingDeletionHolds(JdbcClient jdbc, Clock clock) {
    return new RecordingDeletionHolds(jdbc, clock);
  }
}
