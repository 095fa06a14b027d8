package com.tandem.emulator;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;

/**
 * Microsoft's Graph v1.0 schema, parsed from {@code shared/graph/v1.0-Prod.csdl}, and a JSON
 * checker.
 */
final class Csdl {
  record Type(String name, String base, Map<String, String> properties) {}

  private final Map<String, Type> types = new HashMap<>();
  private final Map<String, Set<String>> enums = new HashMap<>();
  private final Set<String> flags = new LinkedHashSet<>();

  /** The CSDL found by walking up from the working directory. */
  static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/graph/v1.0-Prod.csdl");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    String message =
        "Microsoft's schema shared/graph/v1.0-Prod.csdl was not found above "
            + Path.of("").toAbsolutePath()
            + "; the fidelity tests need the shared/ folder beside the clone";
    if (System.getenv("CI") != null || System.getenv("TANDEM_REQUIRE_SCHEMA") != null) {
      throw new IllegalStateException(message);
    }
    Assumptions.abort(message);
    return null;
  }

  static Csdl load(Path file) throws Exception {
    Csdl csdl = new Csdl();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(in);
      Type current = null;
      Set<String> currentEnum = null;
      String namespace = null;
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "Schema" -> namespace = r.getAttributeValue(null, "Namespace");
          case "EntityType", "ComplexType" -> {
            current = null;
            currentEnum = null;
            if ("microsoft.graph".equals(namespace)) {
              current =
                  new Type(
                      r.getAttributeValue(null, "Name"),
                      strip(r.getAttributeValue(null, "BaseType")),
                      new LinkedHashMap<>());
              csdl.types.put(current.name(), current);
            }
          }
          case "EnumType" -> {
            current = null;
            currentEnum = null;
            if ("microsoft.graph".equals(namespace)) {
              currentEnum = new LinkedHashSet<>();
              csdl.enums.put(r.getAttributeValue(null, "Name"), currentEnum);
              if ("true".equals(r.getAttributeValue(null, "IsFlags"))) {
                csdl.flags.add(r.getAttributeValue(null, "Name"));
              }
            }
          }
          case "Property", "NavigationProperty" -> {
            if (current != null) {
              current
                  .properties()
                  .put(r.getAttributeValue(null, "Name"), r.getAttributeValue(null, "Type"));
            }
          }
          case "Member" -> {
            if (currentEnum != null) {
              currentEnum.add(r.getAttributeValue(null, "Name"));
            }
          }
          default -> {}
        }
      }
    }
    return csdl;
  }

  private static String strip(String type) {
    if (type == null) {
      return null;
    }
    return type.replace("graph.", "").replace("microsoft.", "");
  }

  boolean hasType(String name) {
    return types.containsKey(name);
  }

  Set<String> enumMembers(String name) {
    return enums.get(name);
  }

  /** The property's declared type on {@code type} or its bases, or null. */
  String propertyType(String type, String property) {
    for (Type t = types.get(type); t != null; t = t.base() == null ? null : types.get(t.base())) {
      String p = t.properties().get(property);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** Every problem found checking {@code json} as an instance of {@code type}. */
  List<String> check(String type, JsonNode json) {
    List<String> problems = new ArrayList<>();
    checkObject(type, json, type, problems);
    return problems;
  }

  private void checkObject(String type, JsonNode json, String path, List<String> problems) {
    if (!json.isObject()) {
      problems.add(path + ": expected an object of " + type + " but got " + json);
      return;
    }
    String actual = type;
    if (json.has("@odata.type")) {
      actual = json.get("@odata.type").asString().replaceFirst("(?i)^#microsoft\\.graph\\.", "");
      if (!types.containsKey(actual)) {
        problems.add(path + ": unknown @odata.type " + json.get("@odata.type"));
        return;
      }
    }
    for (Map.Entry<String, JsonNode> e : json.properties()) {
      String name = e.getKey();
      if (name.startsWith("@")) {
        continue;
      }
      String declared = propertyType(actual, name);
      if (declared == null) {
        problems.add(path + "." + name + ": no such property on " + actual);
        continue;
      }
      checkValue(declared, e.getValue(), path + "." + name, problems);
    }
  }

  private void checkValue(String declared, JsonNode value, String path, List<String> problems) {
    if (value.isNull()) {
      return;
    }
    if (declared.startsWith("Collection(")) {
      if (!value.isArray()) {
        problems.add(path + ": expected an array for " + declared);
        return;
      }
      String element = declared.substring("Collection(".length(), declared.length() - 1);
      int i = 0;
      for (JsonNode item : value) {
        checkValue(element, item, path + "[" + i++ + "]", problems);
      }
      return;
    }
    String simple = strip(declared);
    boolean ok =
        switch (declared) {
          case "Edm.String", "Edm.Guid" -> value.isString();
          case "Edm.Boolean" -> value.isBoolean();
          case "Edm.Int32", "Edm.Int64", "Edm.Int16", "Edm.Byte" -> value.isIntegralNumber();
          case "Edm.Double", "Edm.Single", "Edm.Decimal" -> value.isNumber();
          case "Edm.DateTimeOffset" ->
              value.isString() && parses(() -> OffsetDateTime.parse(value.asString()));
          case "Edm.Date" -> value.isString() && parses(() -> LocalDate.parse(value.asString()));
          default -> {
            if (enums.containsKey(simple)) {
              yield value.isString() && enumOk(simple, value.asString());
            }
            if (types.containsKey(simple)) {
              checkObject(simple, value, path, problems);
              yield true;
            }
            yield true;
          }
        };
    if (!ok) {
      problems.add(path + ": " + value + " is not a valid " + declared);
    }
  }

  private boolean enumOk(String type, String value) {
    Set<String> members = enums.get(type);
    if (flags.contains(type)) {
      for (String v : value.split(",")) {
        if (!members.contains(v.trim())) {
          return false;
        }
      }
      return true;
    }
    return members.contains(value);
  }

  private static boolean parses(Runnable r) {
    try {
      r.run();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
