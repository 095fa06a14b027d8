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

  private static final java.util.concurrent.atomic.AtomicInteger PEOPLE =
      new java.util.concurrent.atomic.AtomicInteger();

  TestDirectory directory;
  long org;
  long adele;
  String adeleUpn;

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
    // A Microsoft user of her own per test: one Microsoft user serves one CRM user.
    adeleUpn = microsoftUser("Adele Vance");
    email(adele, adeleUpn);
  }

  /** A new Microsoft user of the tenant; returns its user principal name. */
  private static String microsoftUser(String displayName) {
    String upn = "person" + PEOPLE.incrementAndGet() + "@contoso.test";
    emulator.control().addUser("contoso", new Seed.User(upn, displayName, "Passw0rd!"));
    return upn;
  }

  private void email(long userId, String address) {
    jdbc.sql("UPDATE users SET email = ? WHERE id = ?").params(address, userId).update();
  }

  private String link(long userId, String json, String user, String password) {
    HttpResponse<String> answer =
        call("PUT", "/api/v1/users/" + userId + "/microsoft-account/link", json, user, password);
    return answer.statusCode() + " " + answer.body();
  }

  private java.util.Optional<String> linkedTo(long userId) {
    return jdbc.sql("SELECT microsoft_user FROM microsoft_user_links WHERE user_id = ?")
        .param(userId)
        .query(String.class)
        .optional();
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
    assertThat(mailbox.path()).isEqualTo("/users/" + adeleUpn);
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
  void aSystemAdministratorLinksAnotherMicrosoftUserByHandAndTheAuditTrailSaysSo() {
    String alex = microsoftUser("Alex Wilber");

    String linked =
        link(adele, "{\"microsoftUser\": \"" + alex + "\"}", "admin", "first-admin-secret");

    assertThat(linked).startsWith("200").contains("\"accountName\":\"Alex Wilber\"");
    assertThat(connections.mailboxFor(adele).path()).isEqualTo("/users/" + alex);
    String audit =
        call("GET", "/api/v1/audit?scope=users/" + adele, "", "admin", "first-admin-secret").body();
    assertThat(audit).contains("microsoft.linked_user", alex, "admin");
  }

  @Test
  void anOrganizationAdministratorLinksAUserOnlyToTheMicrosoftUserOfTheirOwnAddress() {
    long olive = directory.user("olive", "olive-password", org, "ORG_ADMIN");
    String oliveName = directory.username(olive);
    long otherOrg = directory.organization("Fabrikam");
    String pat = microsoftUser("Pat of Fabrikam");
    email(directory.user("pat", "pat-password", otherOrg, "USER"), pat);

    String another =
        link(adele, "{\"microsoftUser\": \"" + pat + "\"}", oliveName, "olive-password");
    String ownByName =
        link(
            adele,
            "{\"microsoftUser\": \"" + adeleUpn.toUpperCase() + "\"}",
            oliveName,
            "olive-password");

    assertThat(another).startsWith("403").contains("own e-mail address");
    assertThat(ownByName).startsWith("200");
    assertThat(linkedTo(adele)).hasValue(adeleUpn);
    assertThat(
            call("GET", "/api/v1/audit?scope=users/" + adele, "", "admin", "first-admin-secret")
                .body())
        .doesNotContain("microsoft.linked_user");
  }

  @Test
  void oneMicrosoftUserIsLinkedToOneCrmUserOnly() {
    assertThat(link(adele, "{}", "admin", "first-admin-secret")).startsWith("200");
    long other =
        directory.user("other", "other-password", directory.organization("Elsewhere"), "USER");

    String second =
        link(other, "{\"microsoftUser\": \"" + adeleUpn + "\"}", "admin", "first-admin-secret");

    assertThat(second).startsWith("409").contains("linked to another Tandem user");
    assertThat(linkedTo(other)).isEmpty();
    assertThat(linkedTo(adele)).hasValue(adeleUpn);
  }

  @Test
  void linkingEveryUserOfAnOrganizationByEmailSaysWhoCouldNotBeLinkedAndWhy() {
    long olive = directory.user("olive", "olive-password", org, "ORG_ADMIN");
    email(olive, microsoftUser("Olive Admin"));
    long nobody = directory.user("nobody", "nobody-password", org, "USER");
    email(nobody, "nobody-" + PEOPLE.incrementAndGet() + "@contoso.test");
    long byHand = directory.user("byhand", "byhand-password", org, "USER");
    String handUpn = microsoftUser("Linked By Hand");
    assertThat(
            link(byHand, "{\"microsoftUser\": \"" + handUpn + "\"}", "admin", "first-admin-secret"))
        .startsWith("200");
    long sharer = directory.user("sharer", "sharer-password", org, "USER");
    String shared = microsoftUser("Shared Person");
    email(sharer, shared);
    long elsewhere =
        directory.user("elsewhere", "x-password", directory.organization("Other"), "USER");
    assertThat(
            link(
                elsewhere,
                "{\"microsoftUser\": \"" + shared + "\"}",
                "admin",
                "first-admin-secret"))
        .startsWith("200");

    HttpResponse<String> report =
        call(
            "POST",
            "/api/v1/organizations/" + org + "/microsoft-links",
            "",
            directory.username(olive),
            "olive-password");

    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    tools.jackson.databind.JsonNode json =
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(report.body());
    assertThat(ids(json.get("linked"))).containsExactlyInAnyOrder(adele, olive);
    assertThat(ids(json.get("alreadyLinked"))).containsExactly(byHand);
    assertThat(ids(json.get("notLinked"))).containsExactlyInAnyOrder(nobody, sharer);
    assertThat(report.body())
        .contains("no Microsoft user nobody-", "linked to another Tandem user");
    assertThat(linkedTo(adele)).hasValue(adeleUpn);
    assertThat(linkedTo(nobody)).isEmpty();
    assertThat(linkedTo(sharer)).isEmpty();
    assertThat(linkedTo(elsewhere)).hasValue(shared);
  }

  @Test
  void theOrganizationsMicrosoftUsersPageLinksEveryoneByEmail() {
    String page = "/system/organizations/" + org + "/microsoft-users";
    ConnectDriver browser = new ConnectDriver(port).signIn("admin", "first-admin-secret");
    assertThat(browser.page(page)).contains("Link every user by e-mail", "not linked");

    HttpResponse<String> done = browser.submit(page, page, "");

    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(browser.page(page)).contains("1 linked now", adeleUpn);
    assertThat(linkedTo(adele)).hasValue(adeleUpn);
  }

  @Test
  void anotherOrganizationsAdministratorSeesNoneOfItsMicrosoftUsers() {
    long stranger =
        directory.user(
            "stranger", "stranger-password", directory.organization("Else"), "ORG_ADMIN");

    HttpResponse<String> list =
        call(
            "GET",
            "/api/v1/organizations/" + org + "/microsoft-links",
            "",
            directory.username(stranger),
            "stranger-password");
    HttpResponse<String> linkAll =
        call(
            "POST",
            "/api/v1/organizations/" + org + "/microsoft-links",
            "",
            directory.username(stranger),
            "stranger-password");

    assertThat(list.statusCode()).isEqualTo(404);
    assertThat(linkAll.statusCode()).isEqualTo(404);
    assertThat(linkedTo(adele)).isEmpty();
  }

  private static java.util.List<Long> ids(tools.jackson.databind.JsonNode array) {
    java.util.List<Long> ids = new java.util.ArrayList<>();
    array.forEach(n -> ids.add(n.get("userId").asLong()));
    return ids;
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
    assertThat(connections.mailboxFor(adele).path()).isEqualTo("/users/" + adeleUpn);
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
