package com.tandem.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.server.TandemApplication;
import com.tandem.server.settings.Cloud;
import com.tandem.server.settings.ResolvedSettings;
import com.tandem.server.settings.Scope;
import com.tandem.server.settings.SettingKeys;
import com.tandem.server.settings.Settings;
import com.tandem.server.settings.UpdateSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server started as the README says (default properties, a fresh data folder) comes up with the
 * Sandbox tenant, and comes back with the same application and accounts after a restart.
 */
class SandboxStartIT {

  @Test
  void aFreshInstallRunsTheSandboxAndAUsersSandboxAccountSignsIn() throws Exception {
    Path dataDir = Files.createTempDirectory(Paths.get("target"), "sandbox-it-");
    String clientId;
    String upn;
    try (ConfigurableApplicationContext app = start(dataDir)) {
      ResolvedSettings system = app.getBean(Settings.class).forSystem();
      SandboxTenant sandbox = app.getBean(SandboxTenant.class);
      String base = sandbox.emulator().orElseThrow().baseUrl();
      assertThat(system.value(SettingKeys.AZURE_TENANT_ID)).isEqualTo("sandbox");
      assertThat(system.value(SettingKeys.AZURE_CLOUD)).isEqualTo(Cloud.CUSTOM);
      assertThat(system.value(SettingKeys.AZURE_AUTHORITY_URL)).isEqualTo(base);
      assertThat(system.value(SettingKeys.AZURE_GRAPH_URL)).isEqualTo(base);
      clientId = system.value(SettingKeys.AZURE_CLIENT_ID);
      assertThat(clientId).isNotBlank();

      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      long adminId = app.getBean(AccountIds.class).admin();
      JdbcSandbox.Account account = sandbox.account(adminId).orElseThrow();
      upn = account.userPrincipalName();
      new ConnectDriver(port)
          .signIn("admin", "readme-admin")
          .connectFully(adminId, upn, account.password());
      assertThat(app.getBean(MicrosoftConnections.class).accessTokenFor(adminId)).isNotBlank();
    }
    try (ConfigurableApplicationContext again = start(dataDir)) {
      ResolvedSettings system = again.getBean(Settings.class).forSystem();
      SandboxTenant sandbox = again.getBean(SandboxTenant.class);
      assertThat(system.value(SettingKeys.AZURE_CLIENT_ID)).isEqualTo(clientId);
      assertThat(system.value(SettingKeys.AZURE_AUTHORITY_URL))
          .isEqualTo(sandbox.emulator().orElseThrow().baseUrl());
      long adminId = again.getBean(AccountIds.class).admin();
      assertThat(sandbox.account(adminId).orElseThrow().userPrincipalName()).isEqualTo(upn);

      again
          .getBean(UpdateSettings.class)
          .apply(
              null, Scope.system(), Map.of(SettingKeys.AZURE_CLIENT_ID, "real-tenant-client-id"));
      assertThat(sandbox.running()).isFalse();
    }
    try (ConfigurableApplicationContext real = start(dataDir)) {
      assertThat(real.getBean(SandboxTenant.class).running()).isFalse();
      assertThat(real.getBean(Settings.class).forSystem().value(SettingKeys.AZURE_CLIENT_ID))
          .isEqualTo("real-tenant-client-id");
    }
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(TandemApplication.class, AccountIds.class)
        .run(
            "--server.port=0",
            "--tandem.data-dir=" + dataDir.toAbsolutePath(),
            "--tandem.admin-password=readme-admin",
            // The tests' own configuration switches the sandbox off; the default is on.
            "--tandem.sandbox.enabled=true");
  }

  /** Looks up the first administrator's id. */
  static class AccountIds {
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    AccountIds(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    long admin() {
      return jdbc.sql("SELECT id FROM users WHERE username = 'admin'").query(Long.class).single();
    }
  }
}
