package com.tandem.emulator.identity;

import com.tandem.emulator.directory.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Issued codes, access and refresh tokens, consents and browser sessions, in memory. */
public final class Tokens {
  /** Access token lifetime. */
  public static final Duration ACCESS_LIFETIME = Duration.ofSeconds(3599);

  static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
  static final Duration REFRESH_LIFETIME = Duration.ofDays(90);

  /** An authorization code. */
  record Code(
      String tenant,
      String clientId,
      String redirectUri,
      String userId,
      Set<String> scopes,
      String challenge,
      Instant expiresAt) {}

  /** A refresh token. */
  record Refresh(
      String tenant, String clientId, String userId, Set<String> scopes, Instant expiresAt) {}

  private final Clock clock;
  private final Map<String, Grant> access = new ConcurrentHashMap<>();
  final Map<String, Code> codes = new ConcurrentHashMap<>();
  final Set<String> redeemedCodes = ConcurrentHashMap.newKeySet();
  final Map<String, Refresh> refresh = new ConcurrentHashMap<>();
  final Set<String> revokedRefresh = ConcurrentHashMap.newKeySet();
  private final Map<String, Set<String>> consents = new ConcurrentHashMap<>();
  final Map<String, String> sessions = new ConcurrentHashMap<>();

  /** Tokens on the emulator clock. */
  public Tokens(Clock clock) {
    this.clock = clock;
  }

  /** Forgets everything. */
  public void clear() {
    access.clear();
    codes.clear();
    redeemedCodes.clear();
    refresh.clear();
    revokedRefresh.clear();
    consents.clear();
    sessions.clear();
  }

  /** Issues an access token for a grant lasting {@link #ACCESS_LIFETIME}. */
  public String issueAccess(
      String tenant, String clientId, String userId, Set<String> scopes, Set<String> roles) {
    String token = "eyJ0eXAiOiJKV1QiLCJub25jZSI6" + Ids.secret(48);
    access.put(
        token,
        new Grant(tenant, clientId, userId, scopes, roles, clock.instant().plus(ACCESS_LIFETIME)));
    return token;
  }

  /** The grant of an access token, or null when unknown. */
  public Grant grant(String token) {
    return token == null ? null : access.get(token);
  }

  String issueRefresh(String tenant, String clientId, String userId, Set<String> scopes) {
    String token = "0.AXEA" + Ids.secret(64);
    refresh.put(
        token,
        new Refresh(tenant, clientId, userId, scopes, clock.instant().plus(REFRESH_LIFETIME)));
    return token;
  }

  String issueCode(Code code) {
    String value = "0.AXEA_code_" + Ids.secret(32);
    codes.put(value, code);
    return value;
  }

  static String consentKey(String tenant, String userId, String clientId) {
    return tenant.toLowerCase() + "|" + userId + "|" + clientId;
  }

  /** Scopes the user consented to for a client. */
  Set<String> consented(String tenant, String userId, String clientId) {
    return consents.getOrDefault(consentKey(tenant, userId, clientId), Set.of());
  }

  void consent(String tenant, String userId, String clientId, Set<String> scopes) {
    consents.merge(
        consentKey(tenant, userId, clientId),
        Set.copyOf(scopes),
        (a, b) -> {
          java.util.Set<String> all = new java.util.HashSet<>(a);
          all.addAll(b);
          return Set.copyOf(all);
        });
  }

  /** Revokes every refresh token of the user (the next refresh gets AADSTS700082). */
  public void revokeRefreshTokens(String tenant, String userId) {
    refresh.forEach(
        (token, r) -> {
          if (r.tenant().equalsIgnoreCase(tenant) && r.userId().equals(userId)) {
            revokedRefresh.add(token);
          }
        });
    sessions.values().removeIf(v -> v.equals(tenant.toLowerCase() + "|" + userId));
  }

  /** Removes the user's consent for every application (the next refresh gets AADSTS65001). */
  public void revokeConsent(String tenant, String userId) {
    String prefix = tenant.toLowerCase() + "|" + userId + "|";
    consents.keySet().removeIf(k -> k.startsWith(prefix));
  }
}
