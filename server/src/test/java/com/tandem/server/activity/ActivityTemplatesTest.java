package com.tandem.server.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The activity pages take all their words from the message bundle. */
class ActivityTemplatesTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates/activity");

  /** An element's opening tag and the text right after it, up to the next tag. */
  private static final Pattern TEXT_AFTER_TAG = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*)>([^<]*)");

  @Test
  void noTemplateHasTextThatIsNotReplacedFromTheBundle() throws IOException {
    List<String> literal = new ArrayList<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher m = TEXT_AFTER_TAG.matcher(Files.readString(file));
        while (m.find()) {
          boolean closing = !m.group(1).isEmpty();
          boolean replaced = !closing && m.group(3).matches("(?s).*th:(u)?text=.*");
          String text = m.group(4).strip();
          if (!replaced && text.chars().anyMatch(Character::isLetter)) {
            literal.add(file.getFileName() + ": " + text);
          }
        }
      }
    }
    assertThat(literal).isEmpty();
  }

  @Test
  void theCheckFindsLiteralText() {
    Matcher m = TEXT_AFTER_TAG.matcher("<p>Hello</p>");
    assertThat(m.find()).isTrue();
    assertThat(m.group(4)).isEqualTo("Hello");
  }
}
