package com.tandem.engine.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SHA-256 digest of an item's normalized synced fields, stable across runs and sides.
 *
 * @param value the digest in lower-case hex
 */
public record ContentHash(String value) {

  private static final Pattern HEX_DIGEST = Pattern.compile("[0-9a-f]{64}");

  /**
   * The last items hashed on this thread, by identity: a run hashes the same fields object several
   * times (its state, then the link it makes), and the fields are immutable.
   */
  private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

  /** Checks the digest's form. */
  public ContentHash {
    Objects.requireNonNull(value, "value == null");
    if (!HEX_DIGEST.matcher(value).matches()) {
      throw new IllegalArgumentException("not a SHA-256 hex digest: " + value);
    }
  }

  /** The hash of the given item's synced fields. */
  public static ContentHash of(SyncFields<?> fields) {
    Objects.requireNonNull(fields, "fields == null");
    Recent recent = RECENT.get();
    ContentHash known = recent.find(fields);
    if (known != null) {
      return known;
    }
    ContentHash hash = compute(fields);
    recent.add(fields, hash);
    return hash;
  }

  private static ContentHash compute(SyncFields<?> fields) {
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

  /** A small ring of (fields, hash) pairs compared by identity. */
  private static final class Recent {
    private static final int SIZE = 256;
    private final Object[] fields = new Object[SIZE];
    private final ContentHash[] hashes = new ContentHash[SIZE];
    private int next;

    ContentHash find(SyncFields<?> item) {
      for (int i = 0; i < SIZE; i++) {
        if (fields[i] == item) {
          return hashes[i];
        }
      }
      return null;
    }

    void add(SyncFields<?> item, ContentHash hash) {
      fields[next] = item;
      hashes[next] = hash;
      next = (next + 1) % SIZE;
    }
  }
}
