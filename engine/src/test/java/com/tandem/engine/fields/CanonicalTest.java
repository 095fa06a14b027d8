package com.tandem.engine.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.engine.reconcile.ContentHash;
import com.tandem.engine.tasks.TaskFields;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CanonicalTest {

  @Test
  void lineEndingsTrailingSpacesAndOuterBlankLinesDoNotMatter() {
    assertThat(Canonical.text("\r\n  first  \r\nsecond\t\r\n\r\n")).isEqualTo("first\nsecond");
    assertThat(Canonical.text(null)).isEmpty();
  }

  @Test
  void instantsAreWrittenInUtcToTheSecond() {
    assertThat(Canonical.instant(Instant.parse("2026-03-01T10:15:30.1234567+02:00")))
        .isEqualTo("2026-03-01T08:15:30Z");
  }

  @Test
  void anEmptyBodyIsTheSameInTextAndHtml() {
    assertThat(Body.html("  ").canonical()).isEqualTo(Body.text("").canonical());
    assertThat(Body.html("<p>a</p>").canonical()).isNotEqualTo(Body.text("<p>a</p>").canonical());
  }

  @Test
  void theContentHashIsStableAndCoversEveryField() {
    TaskFields task = TaskFields.of("Call Bob");

    assertThat(ContentHash.of(task)).isEqualTo(ContentHash.of(TaskFields.of("Call Bob \r\n")));
    assertThat(ContentHash.of(task).value()).hasSize(64);
    assertThat(ContentHash.of(task)).isNotEqualTo(ContentHash.of(task.withSubject("Call Rob")));
    assertThat(ContentHash.of(task))
        .isNotEqualTo(ContentHash.of(task.withDescription(Body.text("x"))));
  }
}
