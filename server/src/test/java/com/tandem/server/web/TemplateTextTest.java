package com.tandem.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every word a person reads comes from the message bundles: text written straight into a template
 * of any feature or the shared web pages must be replaced by {@code th:text} at run time.
 */
class TemplateTextTest {

  private static final Pattern OPENING_TAG_THEN_TEXT =
      Pattern.compile("<([a-zA-Z][a-zA-Z0-9:]*)([^>]*)>([^<]*)");
  private static final Pattern CLOSING_TAG_THEN_TEXT = Pattern.compile("</[^>]+>([^<]*)");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  @Test
  void templatesHoldNoTextOutsideTheMessageBundles() throws IOException {
    List<String> literal = new ArrayList<>();
    for (String pattern :
        List.of(
            "classpath:templates/layout.html",
            "classpath:templates/web/*.html",
            "classpath:templates/directory/*.html",
            "classpath:templates/settings/*.html",
            "classpath:templates/account/*.html",
            "classpath:templates/activity/*.html",
            "classpath:templates/sync/*.html")) {
      for (Resource template : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        literal.addAll(literalText(template));
      }
    }
    assertThat(literal).isEmpty();
  }

  @Test
  void theCheckFindsTextThatNoMessageReplaces() {
    assertThat(literalIn("x.html", "<p th:text=\"#{a}\">Shown only in a prototype</p>")).isEmpty();
    assertThat(literalIn("x.html", "<p>Hard-coded</p>")).hasSize(1);
    assertThat(literalIn("x.html", "<style>.a { color: red; }</style><script>go();</script>"))
        .isEmpty();
    assertThat(literalIn("x.html", "<p><b th:text=\"#{a}\">A</b> and more</p>")).hasSize(1);
  }

  private static List<String> literalText(Resource template) throws IOException {
    return literalIn(template.getFilename(), template.getContentAsString(StandardCharsets.UTF_8));
  }

  private static List<String> literalIn(String name, String html) {
    String body =
        html.replaceAll("(?s)<!--.*?-->", "")
            .replaceAll("(?s)<title.*?</title>", "")
            .replaceAll("(?s)<style.*?</style>", "")
            .replaceAll("(?s)<script.*?</script>", "");
    List<String> found = new ArrayList<>();
    Matcher opening = OPENING_TAG_THEN_TEXT.matcher(body);
    while (opening.find()) {
      String attributes = opening.group(2);
      String text = opening.group(3).strip();
      boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext");
      if (!replaced && LETTER.matcher(text).find()) {
        found.add(name + ": <" + opening.group(1) + "> " + text);
      }
    }
    Matcher closing = CLOSING_TAG_THEN_TEXT.matcher(body);
    while (closing.find()) {
      String text = closing.group(1).strip();
      if (LETTER.matcher(text).find()) {
        found.add(name + ": after a closing tag: " + text);
      }
    }
    return found;
  }
}
