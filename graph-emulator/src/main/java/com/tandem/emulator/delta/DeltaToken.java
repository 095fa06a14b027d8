package com.tandem.emulator.delta;

import com.tandem.emulator.http.GraphException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The position of a delta round, carried in {@code $skiptoken} / {@code $deltatoken}.
 *
 * @param scope the collection the token belongs to
 * @param epoch the token epoch (older epochs are expired)
 * @param since changes after this sequence belong to the round
 * @param upTo the round's high-water mark
 * @param after the last sequence already served in this round
 * @param initial whether this is the initial round (no removals)
 * @param windowStart the calendar window start (epoch millis) or 0
 * @param windowEnd the calendar window end (epoch millis) or 0
 * @param served how many items the round has served so far (for the capped filtered rounds)
 */
public record DeltaToken(
    String scope,
    long epoch,
    long since,
    long upTo,
    long after,
    boolean initial,
    long windowStart,
    long windowEnd,
    long served) {

  /** A token of a round that has served nothing yet. */
  public DeltaToken(
      String scope,
      long epoch,
      long since,
      long upTo,
      long after,
      boolean initial,
      long windowStart,
      long windowEnd) {
    this(scope, epoch, since, upTo, after, initial, windowStart, windowEnd, 0);
  }

  /** Encodes this token. */
  public String encode() {
    String raw =
        String.join(
            "|",
            scope,
            Long.toString(epoch),
            Long.toString(since),
            Long.toString(upTo),
            Long.toString(after),
            initial ? "1" : "0",
            Long.toString(windowStart),
            Long.toString(windowEnd),
            Long.toString(served));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a token; 400 {@code syncStateInvalid} when it is not one of ours. */
  public static DeltaToken decode(String text) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      String[] p = raw.split("\\|", -1);
      return new DeltaToken(
          p[0],
          Long.parseLong(p[1]),
          Long.parseLong(p[2]),
          Long.parseLong(p[3]),
          Long.parseLong(p[4]),
          "1".equals(p[5]),
          Long.parseLong(p[6]),
          Long.parseLong(p[7]),
          p.length > 8 ? Long.parseLong(p[8]) : 0);
    } catch (RuntimeException e) {
      throw GraphException.badRequest("syncStateInvalid", "The sync state token is invalid.");
    }
  }
}
