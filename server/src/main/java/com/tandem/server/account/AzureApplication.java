package com.tandem.server.account;

import com.tandem.graph.GraphEndpoints;
import com.tandem.graph.IdentityClient;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;

/**
 * The Azure application Tandem is registered as, from the system settings.
 *
 * @param clientId the application (client) id
 * @param clientSecret the client secret, or null for a public client
 * @param endpoints the identity platform and Graph of the configured cloud and tenant
 * @param applicationMode true for tenant-wide client credentials, false when each user connects
 * @param redirectUri where the identity platform sends the browser back
 */
record AzureApplication(
    String clientId,
    String clientSecret,
    GraphEndpoints endpoints,
    boolean applicationMode,
    URI redirectUri) {

  AzureApplication {
    Objects.requireNonNull(clientId, "clientId == null");
    Objects.requireNonNull(endpoints, "endpoints == null");
    Objects.requireNonNull(redirectUri, "redirectUri == null");
    if (clientSecret != null && clientSecret.isBlank()) {
      clientSecret = null;
    }
  }

  /** A client for this application's token endpoint. */
  IdentityClient identity(Clock clock) {
    IdentityClient.Builder builder = IdentityClient.builder(endpoints, clientId).clock(clock);
    if (clientSecret != null) {
      builder.clientSecret(clientSecret);
    }
    return builder.build();
  }

  /** Hides the secret. */
  @Override
  public String toString() {
    return "AzureApplication[clientId=" + clientId + ", endpoints=" + endpoints + "]";
  }
}
