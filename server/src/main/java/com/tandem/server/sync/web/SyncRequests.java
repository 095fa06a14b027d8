package com.tandem.server.sync.web;

import com.tandem.server.sync.SyncResource;
import com.tandem.server.web.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks the request parameters of the synchronization API and pages, naming the bad one. */
final class SyncRequests {

  /** The largest page of runs or conflicts returned at once. */
  static final int MAX_LIMIT = 200;

  private SyncRequests() {}

  /** {@code resource}: absent for every enabled resource, else one name. */
  static Set<SyncResource> resources(String resource) {
    if (resource == null || resource.isBlank()) {
      return Set.of();
    }
    return EnumSet.of(resource(resource));
  }

  /** One resource name, CALENDAR, TASKS or EMAIL (any case). */
  static SyncResource resource(String resource) {
    String name = resource.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(SyncResource.values())
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "resource",
                    "must be one of "
                        + Arrays.stream(SyncResource.values())
                            .map(Enum::name)
                            .collect(Collectors.joining(", "))));
  }

  /** A resource filter: null for all. */
  static String resourceFilter(String resource) {
    return resource == null || resource.isBlank() ? null : resource(resource).name();
  }

  /** {@code dryRun}: absent is false; else true or false. */
  static boolean dryRun(String dryRun) {
    if (dryRun == null || dryRun.isBlank()) {
      return false;
    }
    return switch (dryRun.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw InvalidInputException.of("dryRun", "must be true or false");
    };
  }

  /** {@code offset}: not negative. */
  static int offset(int offset) {
    if (offset < 0) {
      throw InvalidInputException.of("offset", "must not be negative");
    }
    return offset;
  }

  /** {@code limit}: 1 to {@link #MAX_LIMIT}. */
  static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return limit;
  }
}
