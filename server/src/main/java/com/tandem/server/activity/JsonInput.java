package com.tandem.server.activity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields out of a JSON object, recording a problem named by the field's path for every
 * value of the wrong type or shape instead of failing on the first.
 */
public final class JsonInput {

  private final JsonNode node;
  private final String path;
  private final Problems problems;

  private JsonInput(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** The request body, which must be a JSON object. */
  public static JsonInput root(JsonNode body, Problems problems) {
    if (body == null || !body.isObject()) {
      problems.add("body", "notObject");
    }
    return new JsonInput(body, "", problems);
  }

  public String path(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private JsonNode value(String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v;
  }

  /** Records every field that is neither readable nor ignorable. */
  public void allowOnly(Set<String> known) {
    if (node != null && node.isObject()) {
      for (String name : node.propertyNames()) {
        if (!known.contains(name)) {
          problems.add(path(name), "unknownField");
        }
      }
    }
  }

  public String text(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    if (!v.isString()) {
      problems.add(path(name), "notString");
      return null;
    }
    return v.stringValue();
  }

  public Integer integer(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      problems.add(path(name), "notInteger");
      return null;
    }
    return v.intValue();
  }

  public boolean bool(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      problems.add(path(name), "notBoolean");
      return false;
    }
    return v.booleanValue();
  }

  public LocalDateTime localDateTime(String name) {
    return parsed(name, LocalDateTime::parse, "localDateTime");
  }

  public LocalDate date(String name) {
    return parsed(name, LocalDate::parse, "date");
  }

  public Instant instant(String name) {
    return parsed(name, s -> OffsetDateTime.parse(s).toInstant(), "instant");
  }

  public ZoneId zone(String name) {
    String id = text(name);
    if (id == null) {
      return null;
    }
    if (!IanaZones.isRegion(id)) {
      problems.add(path(name), "unknownTimeZone");
      return null;
    }
    return ZoneId.of(id);
  }

  public DayOfWeek dayOfWeek(String name) {
    return choice(name, DayOfWeek.class, JsonInput::dayName);
  }

  /** The value of an enum whose JSON names {@code jsonName} gives; anything else is a problem. */
  public <E extends Enum<E>> E choice(String name, Class<E> type, Function<E, String> jsonName) {
    String s = text(name);
    if (s == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (jsonName.apply(e).equals(s)) {
        return e;
      }
    }
    problems.add(
        path(name),
        "oneOf",
        String.join(", ", Arrays.stream(type.getEnumConstants()).map(jsonName).toList()));
    return null;
  }

  /** An optional nested object. */
  public JsonInput object(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      problems.add(path(name), "notObject");
      return null;
    }
    return new JsonInput(v, path(name), problems);
  }

  /** An optional array of objects; at most {@code max} are read. */
  public List<JsonInput> objects(String name, int max) {
    JsonNode v = arrayValue(name, max);
    List<JsonInput> result = new ArrayList<>();
    if (v != null) {
      int i = 0;
      for (JsonNode element : v.values()) {
        String elementPath = path(name) + "[" + i++ + "]";
        if (!element.isObject()) {
          problems.add(elementPath, "notObject");
        } else {
          result.add(new JsonInput(element, elementPath, problems));
        }
      }
    }
    return result;
  }

  /** An optional array of strings; at most {@code max} are read. */
  public List<String> texts(String name, int max) {
    JsonNode v = arrayValue(name, max);
    List<String> result = new ArrayList<>();
    if (v != null) {
      int i = 0;
      for (JsonNode element : v.values()) {
        String elementPath = path(name) + "[" + i++ + "]";
        if (element.isString()) {
          result.add(element.stringValue());
        } else {
          problems.add(elementPath, "notString");
        }
      }
    }
    return result;
  }

  /** An optional array of weekday names. */
  public List<DayOfWeek> days(String name) {
    JsonNode v = arrayValue(name, 7);
    List<DayOfWeek> result = new ArrayList<>();
    if (v != null) {
      for (JsonNode element : v.values()) {
        DayOfWeek day = null;
        if (element.isString()) {
          for (DayOfWeek d : DayOfWeek.values()) {
            if (dayName(d).equals(element.stringValue())) {
              day = d;
            }
          }
        }
        if (day == null) {
          problems.add(path(name), "oneOf", "sunday, monday, …, saturday");
          return List.of();
        }
        if (!result.contains(day)) {
          result.add(day);
        }
      }
    }
    return result;
  }

  private JsonNode arrayValue(String name, int max) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    if (!v.isArray()) {
      problems.add(path(name), "notArray");
      return null;
    }
    if (v.size() > max) {
      problems.add(path(name), "tooMany", max);
      return null;
    }
    return v;
  }

  private <T> T parsed(String name, Function<String, T> parser, String code) {
    String s = text(name);
    if (s == null) {
      return null;
    }
    try {
      return parser.apply(s);
    } catch (DateTimeParseException e) {
      problems.add(path(name), code);
      return null;
    }
  }

  /** A weekday's JSON name, as Microsoft Graph spells it. */
  public static String dayName(DayOfWeek day) {
    return day.name().toLowerCase(Locale.ROOT);
  }
}
