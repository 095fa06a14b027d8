package com.tandem.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.Seed;
import com.tandem.graph.Mailbox;
import com.tandem.server.testing.TestDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Application permissions: client credentials and CRM users linked to Microsoft users. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:applicationmode;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.admin-password=first-admin-secret"
    })
class ApplicationModeIT {

  static GraphEmulator emulator;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired MicrosoftConnections connections;

  TestDirectory directory;
  long org;
  long adele;

  @BeforeAll
  static void startEmulator() {
    emulator = GraphEmulator.start(Seed.demo());
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void applicationModeAndAUser() {
    String settings =
        """
        {"azure.client_id": "%s", "azure.client_secret": "%s", "azure.tenant_id": "contoso",
         "azure.cloud": "CUSTOM", "azure.authority_url": "%s", "azure.graph_url": "%s",
         "azure.auth_mode": "APPLICATION"}
        """
            .formatted(
                Seed.DEMO_CLIENT_ID,
                Seed.DEMO_CLIENT_SECRET,
                emulator.baseUrl(),
                emulator.baseUrl());
    assertThat(
            call("PATCH", "/api/v1/settings/system", settings, "admin", "first-admin-secret")
                .statusCode())
        .isEqualTo(200);
    directory = new TestDirectory(jdbc);
    org = directory.organization("Contoso");
    adele = directory.user("adele", "adele-password", org, "USER");
    jdbc.sql("UPDATE users SET email = 'adele@contoso.test' WHERE id = ?").param(adele).update();
  }

  @Test
  void anAdministratorLinksByEmailAndTokensComeFromClientCredentials() {
    HttpResponse<String> linked =
        call(
            "PUT",
            "/api/v1/users/" + adele + "/microsoft-account/link",
            "{}",
            "admin",
            "first-admin-secret");

    assertThat(linked.statusCode()).isEqualTo(200);
    assertThat(linked.body())
        .contains("\"status\":\"CONNECTED\"", "\"accountName\":\"Adele Vance\"");
    Mailbox mailbox = connections.mailboxFor(adele);
    assertThat(mailbox.path()).isEqualTo("/users/adele@contoso.test");
    assertThat(connections.graph().users().get(mailbox).displayName()).isEqualTo("Adele Vance");
    String asAdmin =
        call(
                "POST",
                "/api/v1/users/" + adele + "/microsoft-account/check",
                "",
                "admin",
                "first-admin-secret")
            .body();
    assertThat(asAdmin).contains("\"ok\":true");
  }

  @Test
  void anAdministratorLinksAnotherMicrosoftUserByHand() {
    HttpResponse<String> linked =
        call(
            "PUT",
            "/api/v1/users/" + adele + "/microsoft-account/link",
            "{\"microsoftUser\": \"alex@contoso.test\"}",
            "admin",
            "first-admin-secret");

    assertThat(linked.body()).contains("\"accountName\":\"Alex Wilber\"");
    assertThat(connections.mailboxFor(adele).path()).isEqualTo("/users/alex@contoso.test");
  }

  @Test
  void anAdministratorLinksAUserOnTheUsersMicrosoftSettingsPage() {
    String page = "/system/users/" + adele + "/configuration/integrations/microsoft";
    ConnectDriver browser = new ConnectDriver(port).signIn("admin", "first-admin-secret");
    assertThat(browser.page(page)).contains("Not linked to a Microsoft user");

    HttpResponse<String> linked =
        browser.submit(page, "/connect/microsoft/link?userId=" + adele, "microsoftUser=");

    assertThat(linked.statusCode()).isEqualTo(302);
    assertThat(browser.page(page)).contains("Connected as Adele Vance");
    assertThat(connections.mailboxFor(adele).path()).isEqualTo("/users/adele@contoso.test");
  }

  @Test
  void anUnknownMicrosoftUserIsRefusedAndNothingIsLinked() {
    HttpResponse<String> refused =
        call(
            "PUT",
            "/api/v1/users/" + adele + "/microsoft-account/link",
            "{\"microsoftUser\": \"nobody@contoso.test\"}",
            "admin",
            "first-admin-secret");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("microsoftUser", "no Microsoft user nobody@contoso.test");
    assertThat(connections.connection(adele).status()).isEqualTo(ConnectionStatus.NOT_CONNECTED);
  }

  @Test
  void aUserMayNotLinkThemselvesNorClickConnect() {
    HttpResponse<String> refused =
        call(
            "PUT",
            "/api/v1/users/" + adele + "/microsoft-account/link",
            "{}",
            directory.username(adele),
            "adele-password");
    assertThat(refused.statusCode()).isEqualTo(403);

    HttpResponse<String> connect =
        new ConnectDriver(port).signIn(directory.username(adele), "adele-password").connect(adele);
    assertThat(connect.statusCode()).isEqualTo(409);
    assertThat(connect.body()).contains("application mode");
  }

  private HttpResponse<String> call(
      String method, String path, String json, String user, String password) {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
