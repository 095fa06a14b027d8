package com.tandem.server;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Starts Tandem: the back office, the REST API and the sync scheduler. */
@SpringBootApplication
public class TandemApplication {

  public static void main(String[] args) {
    SpringApplication.run(TandemApplication.class, args);
  }

  /** The one source of time for the whole server; tests replace it. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
