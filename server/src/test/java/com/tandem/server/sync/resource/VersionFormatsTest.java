package com.tandem.server.sync.resource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionFormatsTest {

  @Test
  void aChangeKeyIsSentAsAWeakEtagEvenWhenItBeginsWithWSlash() {
    assertThat(VersionFormats.etag("AbC+1=")).isEqualTo("W/\"AbC+1=\"");
    assertThat(VersionFormats.etag("W/x9+Q")).isEqualTo("W/\"W/x9+Q\"");
  }

  @Test
  void aWholeEtagIsSentAsItIs() {
    assertThat(VersionFormats.etag("W/\"AbC+1=\"")).isEqualTo("W/\"AbC+1=\"");
    assertThat(VersionFormats.etag(null)).isNull();
  }
}
