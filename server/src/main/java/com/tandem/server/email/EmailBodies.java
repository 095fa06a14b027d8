package com.tandem.server.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * What of a message's body the CRM keeps and shows: HTML reduced to formatting, tables, lists and
 * links (no scripts, event handlers, styles, forms, frames or anything that loads from elsewhere;
 * pictures only as attachments of the message itself, {@code cid:}), plain text as it is, each cut
 * to {@link #MAX_BODY} characters; and a one-line preview.
 */
final class EmailBodies {

  /** The most characters of a body kept (a longer one is cut, and says so). */
  static final int MAX_BODY = 1_000_000;

  /** The length of a preview. */
  static final int PREVIEW = 255;

  /** The longest subject kept. */
  static final int MAX_SUBJECT = 1_000;

  static final String CUT_NOTE = "[The rest of this message was too long to keep.]";

  private static final Safelist SAFE =
      Safelist.relaxed()
          .removeProtocols("img", "src", "http", "https")
          .addProtocols("img", "src", "cid")
          .removeProtocols("a", "href", "ftp")
          .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false);

  private EmailBodies() {}

  /** The body to store: sanitized HTML, or the text as it is; cut when too long. */
  static String keep(String body, boolean html) {
    String text = body == null ? "" : Texts.cut(body, Integer.MAX_VALUE);
    if (!html) {
      return text.length() <= MAX_BODY ? text : Texts.cut(text, MAX_BODY) + "\n" + CUT_NOTE;
    }
    String clean = clean(text);
    if (clean.length() <= MAX_BODY) {
      return clean;
    }
    // Cutting may split a tag; cleaning again closes what the cut left open.
    return clean(Texts.cut(clean, MAX_BODY)) + "<p>" + CUT_NOTE + "</p>";
  }

  /** The first {@link #PREVIEW} characters of the body's text, on one line. */
  static String preview(String keptBody, boolean html) {
    String text = html ? Jsoup.parse(keptBody).text() : keptBody;
    return Texts.cut(text.replaceAll("\\s+", " ").trim(), PREVIEW);
  }

  /** The subject to store: trimmed and cut to {@link #MAX_SUBJECT}. */
  static String subject(String subject) {
    return subject == null ? "" : Texts.cut(subject.strip(), MAX_SUBJECT);
  }

  private static String clean(String html) {
    return Jsoup.clean(html, "", SAFE, OUTPUT);
  }
}
