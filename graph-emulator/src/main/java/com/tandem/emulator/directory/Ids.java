package com.tandem.emulator.directory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Random identifiers in the shapes Graph uses. */
public final class Ids {
  private static final SecureRandom SECURE = new SecureRandom();
  private static final Base64.Encoder URL = Base64.getUrlEncoder();

  private Ids() {}

  /** An Outlook-style item id ({@code AAMkA…=}), URL-safe base64. */
  public static String outlook() {
    byte[] bytes = new byte[36];
    ThreadLocalRandom.current().nextBytes(bytes);
    return "AAMkAG" + URL.encodeToString(bytes).substring(0, 45) + "AAA=";
  }

  /** A change key (base64). */
  public static String changeKey() {
    byte[] bytes = new byte[15];
    ThreadLocalRandom.current().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** A GUID. */
  public static String guid() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return new UUID(r.nextLong(), r.nextLong()).toString();
  }

  /** A hexadecimal string of {@code bytes} random bytes. */
  public static String hex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    return HexFormat.of().withUpperCase().formatHex(random);
  }

  /** An unguessable secret (tokens, codes). */
  public static String secret(int bytes) {
    byte[] b = new byte[bytes];
    SECURE.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
