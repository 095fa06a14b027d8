package com.tandem.server.sync.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerConfigurationSupport;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

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
      Clock clock,
      NodeName node) {
    return DbSchedulerConfigurationSupport.buildScheduler(
        properties,
        new DbSchedulerCustomizer() {
          @Override
          public Optional<SchedulerName> schedulerName() {
            return Optional.of(new SchedulerName.Fixed(node.value()));
          }
        },
        new MicrometerStatsRegistry(meters, tasks),
        clock::instant,
        dataSource,
        tasks,
        List.of(),
        List.of());
  }

  @Bean
  SchedulerStart schedulerStart(
      Scheduler scheduler, JdbcClient jdbc, DbSchedulerProperties properties, NodeName node) {
    return new SchedulerStart(scheduler, jdbc, properties.getTableName(), node.value());
  }

  /**
   * Starts the scheduler when the application is ready, first handing back the executions this node
   * had picked when it stopped: none of them runs any more, and otherwise they would wait for the
   * dead-execution check (minutes) before anyone ran them again.
   */
  static final class SchedulerStart {

    private static final Logger log = LoggerFactory.getLogger(SchedulerStart.class);

    private final Scheduler scheduler;
    private final JdbcClient jdbc;
    private final String table;
    private final String node;

    SchedulerStart(Scheduler scheduler, JdbcClient jdbc, String table, String node) {
      this.scheduler = scheduler;
      this.jdbc = jdbc;
      this.table = table;
      this.node = node;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
      int picked =
          jdbc.sql(
                  "UPDATE "
                      + table
                      + " SET picked = FALSE, picked_by = NULL, last_heartbeat = NULL"
                      + " WHERE picked = TRUE AND picked_by = ?")
              .param(node)
              .update();
      if (picked > 0) {
        log.info("Handed back {} execution(s) this node had picked before it restarted", picked);
      }
      scheduler.start();
    }
  }
}
