package com.tandem.server.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tandem.server.activity.tasks.TaskFields;
import com.tandem.server.activity.tasks.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The feed's counter after a crash recovery that lost its last update (H2, CrashIT). */
@ActivityTest
class ChangeFeedRecoveryIT {

  @Autowired JdbcClient jdbc;
  @Autowired Tasks tasks;
  @Autowired ChangeFeed feed;

  @Test
  void aCounterBehindTheFeedIsPutAheadAtStartAndWritesGoOn() {
    People people = new People(jdbc);
    tasks.create(people.user, TaskFields.of("Call Ann"), Origin.CRM);
    // As H2 recovered it once: the last entry's row is there, the counter's move is not.
    jdbc.sql("UPDATE activity_feed_counter SET last_seq = last_seq - 1 WHERE id = 1").update();
    assertThatThrownBy(() -> tasks.create(people.user, TaskFields.of("Mail Bob"), Origin.CRM))
        .isInstanceOf(DuplicateKeyException.class);

    ((JdbcChangeFeed) feed).counterAheadOfTheFeed();

    long before = feed.lastSeq();
    tasks.create(people.user, TaskFields.of("Mail Bob"), Origin.CRM);
    assertThat(feed.lastSeq()).isEqualTo(before + 1);
    assertThat(jdbc.sql("SELECT MAX(seq) FROM activity_changes").query(Long.class).single())
        .isEqualTo(feed.lastSeq());
  }
}
