package com.tandem.server.sync;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerConfigurationSupport;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The db-scheduler {@link Scheduler}, configured by the starter's {@code db-scheduler.*}
 * properties. The starter's own auto-configuration (written for Spring Boot 3) waits for a
 * DataSource bean before Boot 4 has made one and so never applies; this takes its place. The
 * scheduler reads time from the application's {@link Clock} and starts picking runs once the
 * application is ready (migrations done, every bean made).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(value = "db-scheduler.enabled", matchIfMissing = true)
@EnableConfigurationProperties(DbSchedulerProperties.class)
class SchedulerConfig {

  @Bean(destroyMethod = "stop")
  @DependsOnDatabaseInitialization
  Scheduler scheduler(
      DbSchedulerProperties properties,
      DataSource dataSource,
      List<Task<?>> tasks,
      MeterRegistry meters,
      Clock clock) {
    return DbSchedulerConfigurationSupport.buildScheduler(
        properties,
        new DbSchedulerCustomizer() {},
        new MicrometerStatsRegistry(meters, tasks),
        clock::instant,
        dataSource,
        tasks,
        List.of(),
        List.of());
  }

  @Bean
  SchedulerStart schedulerStart(Scheduler scheduler) {
    return new SchedulerStart(scheduler);
  }

  /** Starts the scheduler when the application is ready. */
  static final class SchedulerStart {

    private final Scheduler scheduler;

    SchedulerStart(Scheduler scheduler) {
      this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
      scheduler.start();
    }
  }
}
