package com.tandem.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IfMatchTest {

  @Test
  void noHeaderOrAStarMatchesAnyVersion() {
    assertThatCode(() -> IfMatch.parse(null).require(7)).doesNotThrowAnyException();
    assertThatCode(() -> IfMatch.parse("*").require(7)).doesNotThrowAnyException();
  }

  @Test
  void theCurrentETagMatchesAlsoWeakOrInAList() {
    assertThatCode(() -> IfMatch.parse("\"7\"").require(7)).doesNotThrowAnyException();
    assertThatCode(() -> IfMatch.parse("W/\"7\"").require(7)).doesNotThrowAnyException();
    assertThatCode(() -> IfMatch.parse("\"6\", \"7\"").require(7)).doesNotThrowAnyException();
  }

  @Test
  void anOlderOrGarbledETagIsAPreconditionFailure() {
    assertThatThrownBy(() -> IfMatch.parse("\"6\"").require(7))
        .isInstanceOf(PreconditionFailedException.class);
    assertThatThrownBy(() -> IfMatch.parse("7").require(7))
        .isInstanceOf(PreconditionFailedException.class);
  }

  @Test
  void theVersionAStoreMustFindIsNoneTheCurrentOneOrOneNoItemHas() {
    assertThat(IfMatch.parse(null).expectedVersion(7)).isNull();
    assertThat(IfMatch.parse("*").expectedVersion(7)).isNull();
    assertThat(IfMatch.parse("W/\"7\"").expectedVersion(7)).isEqualTo(7);
    assertThat(IfMatch.parse("\"6\", \"7\"").expectedVersion(7)).isEqualTo(7);
    assertThat(IfMatch.parse("\"6\"").expectedVersion(7)).isEqualTo(IfMatch.NO_MATCH);
    assertThat(IfMatch.parse("7").expectedVersion(7)).isEqualTo(IfMatch.NO_MATCH);
  }
}
