package com.tandem.server.account;

import com.tandem.graph.GraphEndpoints;
import com.tandem.server.settings.AuthMode;
import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.Settings;
import java.net.URI;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Reads the Azure application from the system settings each time, so changes apply at once. */
@Component
class AzureApplications {

  static final String CALLBACK_PATH = "/connect/microsoft/callback";

  private final Settings settings;
  private final Environment environment;

  AzureApplications(Settings settings, Environment environment) {
    this.settings = settings;
    this.environment = environment;
  }

  /** The configured application, or empty while the client id, tenant or endpoints are missing. */
  Optional<AzureApplication> current() {
    ResolvedSettings system = settings.forSystem();
    String clientId = system.value(SettingKeys.AZURE_CLIENT_ID);
    String tenant = system.value(SettingKeys.AZURE_TENANT_ID);
    String authority = system.authorityUrl();
    String graph = system.graphUrl();
    if (blank(clientId) || blank(tenant) || blank(authority) || blank(graph)) {
      return Optional.empty();
    }
    GraphEndpoints endpoints;
    try {
      endpoints = GraphEndpoints.of(authority, tenant.trim(), graph);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.of(
        new AzureApplication(
            clientId.trim(),
            system.value(SettingKeys.AZURE_CLIENT_SECRET),
            endpoints,
            system.value(SettingKeys.AZURE_AUTH_MODE) == AuthMode.APPLICATION,
            redirectUri()));
  }

  /**
   * The Redirect URI: the public URL plus the callback path. Read late, so that a test's {@code
   * ${local.server.port}} resolves, and port 0 (a random port) becomes the port actually bound.
   */
  URI redirectUri() {
    String base = environment.getProperty("tandem.public-url", "http://localhost:8080");
    String port = environment.getProperty("local.server.port");
    if (port != null && base.matches(".*:0/?$")) {
      base = base.replaceFirst(":0/?$", ":" + port);
    }
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return URI.create(base + CALLBACK_PATH);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
