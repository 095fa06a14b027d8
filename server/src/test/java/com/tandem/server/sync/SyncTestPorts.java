package com.tandem.server.sync;

import com.tandem.server.sync.web.RecordingSyncNow;
import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts the recording Sync now in place of the real one, so that tests choose what a run reports.
 */
@TestConfiguration
public class SyncTestPorts {

  @Bean
  @Primary
  RecordingSyncNow recordingSyncNow(Clock clock) {
    return new RecordingSyncNow(clock);
  }
}
