package com.tandem.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRequestTest {
  @Test
  void aPercentNotStartingAnEscapeStandsForItself() {
    assertThat(ApiRequest.decode("50%")).isEqualTo("50%");
    assertThat(ApiRequest.decode("50%25")).isEqualTo("50%");
    assertThat(ApiRequest.decode("%zz%4")).isEqualTo("%zz%4");
    assertThat(ApiRequest.decode("100%-off%20now")).isEqualTo("100%-off now");
  }

  @Test
  void escapesAreUtf8AndPlusIsASpace() {
    assertThat(ApiRequest.decode("Z%C3%BCrich+%E2%82%AC")).isEqualTo("Zürich €");
    assertThat(ApiRequest.decode("raw ü and 😀")).isEqualTo("raw ü and 😀");
    assertThat(ApiRequest.decode("%FF")).isEqualTo("\uFFFD");
  }

  @Test
  void rawBracesAndPipesDecodeLikeTheirEscapes() {
    Map<String, String> raw = ApiRequest.parseQuery("id=String%20{66F5}%20Name%20X|y");
    Map<String, String> encoded = ApiRequest.parseQuery("id=String%20%7B66F5%7D%20Name%20X%7Cy");
    assertThat(raw).isEqualTo(encoded).containsEntry("id", "String {66F5} Name X|y");
  }

  @Test
  void queryNamesCanBeMatchedInAnyCase() {
    ApiRequest r = ApiRequest.of("get", "/v1.0/me/events?$Top=2&%24SELECT=subject", Map.of(), null);
    assertThat(r.query().get("$top")).isNull();
    ApiRequest caseless = r.withQueryNamesInAnyCase();
    assertThat(caseless.query().get("$top")).isEqualTo("2");
    assertThat(caseless.query().get("$select")).isEqualTo("subject");
    assertThat(caseless.method()).isEqualTo("GET");
  }

  @Test
  void functionParenthesesAndTheNamespaceAreDroppedFromSegmentsInAnyCase() {
    ApiRequest r =
        ApiRequest.of("GET", "/v1.0/me/calendarView/Microsoft.Graph.Delta()", Map.of(), null);
    assertThat(r.segments(1)).containsExactly("me", "calendarView", "Delta");
  }
}
