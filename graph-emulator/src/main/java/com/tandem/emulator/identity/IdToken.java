package com.tandem.emulator.identity;

import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Tenant;
import com.tandem.emulator.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.databind.node.ObjectNode;

/** An unsigned OpenID Connect id token (the emulator's tokens are not meant to be verified). */
final class IdToken {
  private IdToken() {}

  static String of(Tenant tenant, String clientId, Account user, Instant now) {
    ObjectNode header = Json.object().put("typ", "JWT").put("alg", "none");
    ObjectNode claims = Json.object();
    claims.put("aud", clientId);
    claims.put("iss", "https://login.microsoftonline.com/" + tenant.guid() + "/v2.0");
    claims.put("iat", now.getEpochSecond());
    claims.put("nbf", now.getEpochSecond());
    claims.put("exp", now.plus(Tokens.ACCESS_LIFETIME).getEpochSecond());
    if (user != null) {
      claims.put("name", user.displayName());
      claims.put("preferred_username", user.userPrincipalName());
      claims.put("email", user.userPrincipalName());
      claims.put("oid", user.id());
      claims.put("sub", user.id());
    }
    claims.put("tid", tenant.guid());
    claims.put("ver", "2.0");
    Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
    return enc.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8))
        + "."
        + enc.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8))
        + ".";
  }
}
