package com.tandem.server.sync.resource;

import com.tandem.engine.fields.Body;
import java.util.regex.Pattern;

/**
 * The CRM keeps a description as one text; Outlook and To Do say whether a body is HTML. A CRM text
 * that is markup from end to end is taken as HTML, so that an Outlook HTML body stored in the CRM
 * reads back as the same body.
 */
public final class CrmBodies {

  private static final Pattern MARKUP = Pattern.compile("(?s)^\\s*<[a-zA-Z!].*>\\s*$");

  private CrmBodies() {}

  /** The engine's body for a CRM description (null or empty: empty text). */
  public static Body fromCrm(String description) {
    if (description == null || description.isEmpty()) {
      return Body.empty();
    }
    return MARKUP.matcher(description).matches() ? Body.html(description) : Body.text(description);
  }

  /** The CRM description for the engine's body (empty: null). */
  public static String toCrm(Body body) {
    return body.content().isEmpty() ? null : body.content();
  }
}
