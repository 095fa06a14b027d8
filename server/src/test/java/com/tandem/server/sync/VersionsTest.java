package com.tandem.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void aChangeKeyIsSentAsAWeakEtagEvenWhenItBeginsWithWSlash() {
    assertThat(Versions.etag("AbC+1=")).isEqualTo("W/\"AbC+1=\"");
    assertThat(Versions.etag("W/x9+Q")).isEqualTo("W/\"W/x9+Q\"");
  }

  @Test
  void aWholeEtagIsSentAsItIs() {
    assertThat(Versions.etag("W/\"AbC+1=\"")).isEqualTo("W/\"AbC+1=\"");
    assertThat(Versions.etag(null)).isNull();
  }
}
