package com.tandem.engine.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * A SHA-256 digest of an item's normalized synced fields, stable across runs and sides.
 *
 * @param value the digest in lower-case hex
 */
public record ContentHash(String value) {

  /** Checks the digest's form. */
  public ContentHash {
    Objects.requireNonNull(value, "value == null");
    if (!value.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 hex digest: " + value);
    }
  }

  /** The hash of the given item's synced fields. */
  public static ContentHash of(SyncFields<?> fields) {
    Objects.requireNonNull(fields, "fields == null");
    StringBuilder canonical = new StringBuilder();
    for (Map.Entry<String, String> field : fields.canonicalFields().entrySet()) {
      // Length prefixes keep "ab"+"c" apart from "a"+"bc" without escaping.
      appendPrefixed(canonical, field.getKey());
      appendPrefixed(canonical, field.getValue());
    }
    return new ContentHash(sha256(canonical.toString()));
  }

  private static void appendPrefixed(StringBuilder out, String text) {
    out.append(text.length()).append(':').append(text).append(';');
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
