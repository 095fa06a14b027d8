package com.tandem.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * A PKCE pair (RFC 7636): the secret verifier the server keeps and its S256 challenge.
 *
 * @param verifier 43–128 unreserved characters, kept until the code is redeemed
 * @param challenge the unpadded base64url SHA-256 of the verifier, sent with the authorize request
 */
public record Pkce(String verifier, String challenge) {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Checks the verifier's form and that the challenge belongs to it. */
  public Pkce {
    Objects.requireNonNull(verifier, "verifier == null");
    if (!verifier.matches("[A-Za-z0-9\\-._~]{43,128}")) {
      throw new IllegalArgumentException("a PKCE verifier is 43-128 unreserved characters");
    }
    if (!challenge(verifier).equals(challenge)) {
      throw new IllegalArgumentException("challenge does not match verifier");
    }
  }

  /** A fresh pair from 32 random bytes. */
  public static Pkce generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The pair for a stored verifier. */
  public static Pkce of(String verifier) {
    return new Pkce(verifier, challenge(verifier));
  }

  /** Hides the verifier, which is a secret until the code is redeemed. */
  @Override
  public String toString() {
    return "Pkce[challenge=" + challenge + "]";
  }

  private static String challenge(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
