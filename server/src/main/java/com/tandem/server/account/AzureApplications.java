package com.tandem.server.account;

import com.tandem.graph.GraphEndpoints;
import com.tandem.server.settings.AuthMode;
import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.settings.ScopeLevel;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.Settings;
import com.tandem.server.settings.SettingsChanged;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The Azure application of the system settings. Every Graph request asks for it, so it is kept for
 * a few seconds: a change made on this node applies at once (the settings' change event drops it),
 * one made on another node within {@link #KEPT}.
 */
@Component
class AzureApplications {

  static final String CALLBACK_PATH = "/connect/microsoft/callback";

  /** How long the application read from the settings is used before they are read again. */
  static final Duration KEPT = Duration.ofSeconds(10);

  private final Settings settings;
  private final Environment environment;
  private final Clock clock;
  private final AtomicReference<Kept> kept = new AtomicReference<>();

  private record Kept(Optional<AzureApplication> application, Instant readAt) {}

  AzureApplications(Settings settings, Environment environment, Clock clock) {
    this.settings = settings;
    this.environment = environment;
    this.clock = clock;
  }

  /** The configured application, or empty while the client id, tenant or endpoints are missing. */
  Optional<AzureApplication> current() {
    Instant now = clock.instant();
    Kept last = kept.get();
    if (last != null && !now.isBefore(last.readAt()) && now.isBefore(last.readAt().plus(KEPT))) {
      return last.application();
    }
    Optional<AzureApplication> read = read();
    kept.set(new Kept(read, now));
    return read;
  }

  /** A change of the system's settings (the Azure application lives there) applies at once. */
  @EventListener
  void on(SettingsChanged change) {
    if (change.scope().level() == ScopeLevel.SYSTEM) {
      kept.set(null);
    }
  }

  private Optional<AzureApplication> read() {
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
