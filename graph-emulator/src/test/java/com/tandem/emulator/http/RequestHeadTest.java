package com.tandem.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestHeadTest {
  static HttpInput wire(String text) {
    return new HttpInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void charactersJavaNetUriRefusesPassAndNonAsciiBecomesEscapes() {
    assertThat(RequestHead.target("/a?f={x}|\\^`\"<>%")).isEqualTo("/a?f={x}|\\^`\"<>%");
    String latin1 =
        new String("/a?v=ü".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(RequestHead.target(latin1)).isEqualTo("/a?v=%C3%BC");
  }

  @Test
  void anAbsoluteFormTargetKeepsItsPathAndQuery() {
    assertThat(RequestHead.target("http://127.0.0.1:8081/v1.0/me?x=1")).isEqualTo("/v1.0/me?x=1");
    assertThat(RequestHead.target("HTTPS://graph.microsoft.com")).isEqualTo("/");
  }

  @Test
  void spacesControlsAndRelativeTargetsAreRefused() {
    assertThatThrownBy(() -> RequestHead.target("/a b")).hasMessageContaining("%20");
    assertThatThrownBy(() -> RequestHead.target("/a\u0001")).isInstanceOf(GraphException.class);
    assertThatThrownBy(() -> RequestHead.target("v1.0/me")).isInstanceOf(GraphException.class);
  }

  @Test
  void headersAreReadInAnyCaseRepeatedOnesJoinedAndFoldedOnesContinued() throws IOException {
    RequestHead head =
        RequestHead.read(
            wire(
                "\r\nGET /x HTTP/1.1\r\nprefer: a\r\nPrefer: b\r\nX-Long: one\r\n two\r\n"
                    + "Content-Length: 3\r\n\r\nabc"));
    assertThat(head.method()).isEqualTo("GET");
    assertThat(head.header("PREFER")).isEqualTo("a,b");
    assertThat(head.header("x-long")).isEqualTo("one two");
    assertThat(head.contentLength()).isEqualTo(3);
    assertThat(head.keepAlive()).isTrue();
  }

  @Test
  void aChunkedBodyIsJoinedAndItsTrailersSkipped() throws IOException {
    HttpInput in =
        wire(
            "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nT: 1\r\n\r\nGET /next HTTP/1.1\r\n\r\n");
    RequestHead head = RequestHead.read(in);
    assertThat(new String(head.readBody(in), StandardCharsets.UTF_8)).isEqualTo("abcde");
    assertThat(RequestHead.read(in).target()).isEqualTo("/next");
    assertThat(RequestHead.read(in)).isNull();
  }

  @Test
  void conflictingLengthsAndUnknownCodingsAreRefused() throws IOException {
    RequestHead twoLengths =
        RequestHead.read(
            wire("POST /x HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n"));
    assertThatThrownBy(twoLengths::contentLength).isInstanceOf(GraphException.class);
    RequestHead gzip =
        RequestHead.read(wire("POST /x HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"));
    assertThatThrownBy(gzip::chunked).isInstanceOf(GraphException.class);
  }

  @Test
  void http10ClosesUnlessItAsksForKeepAlive() throws IOException {
    assertThat(RequestHead.read(wire("GET / HTTP/1.0\r\n\r\n")).keepAlive()).isFalse();
    assertThat(
            RequestHead.read(wire("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")).keepAlive())
        .isTrue();
    assertThat(RequestHead.read(wire("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")).keepAlive())
        .isFalse();
  }
}
