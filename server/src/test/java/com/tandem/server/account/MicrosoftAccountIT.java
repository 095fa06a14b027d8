package com.tandem.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.emulator.Fault;
import com.tandem.emulator.GraphEmulator;
import com.tandem.server.testing.TestDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Connect, the account API, token refresh and Check Connection against the sandbox tenant. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:account;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "tandem.admin-password=first-admin-secret",
      "tandem.sandbox.enabled=true"
    })
class MicrosoftAccountIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SandboxTenant sandbox;
  @Autowired MicrosoftConnections connections;

  TestDirectory directory;
  long org;
  long casey;
  GraphEmulator emulator;

  @BeforeEach
  void people() {
    directory = new TestDirectory(jdbc);
    org = directory.organization("Acme");
    casey = directory.user("casey", "casey-password", org, "USER");
    emulator = sandbox.emulator().orElseThrow();
  }

  @AfterEach
  void clearFaults() {
    emulator.control().clearFaults();
  }

  @Test
  void connectStoresTheTokensEncryptedAndTheApiShowsTheAccountName() {
    HttpResponse<String> callback = connect(casey, "casey-password");

    assertThat(callback.statusCode()).isEqualTo(200);
    assertThat(callback.body()).contains("Connected as casey");
    String json = api("GET", casey, "/microsoft-account", username(casey), "casey-password").body();
    assertThat(json)
        .contains("\"status\":\"CONNECTED\"", "\"accountName\":\"casey\"", "Calendars.ReadWrite");
    String stored =
        jdbc.sql("SELECT access_token FROM microsoft_connections WHERE user_id = ?")
            .param(casey)
            .query(String.class)
            .single();
    assertThat(stored).startsWith("v1:").doesNotContain(connections.accessTokenFor(casey));
  }

  @Test
  void checkConnectionReportsWhatWorks() {
    connect(casey, "casey-password");

    String json =
        api("POST", casey, "/microsoft-account/check", username(casey), "casey-password").body();

    assertThat(json).contains("\"ok\":true", "\"problems\":[]", "Profile (User.Read): readable");
  }

  @Test
  void retrieveFoldersListsTheMailboxTreeWithSubFoldersAndWellKnownNames() throws Exception {
    connect(casey, "casey-password");
    String customers = createFolder(upn(casey), "inbox", "Customers");
    String keyAccounts = createFolder(upn(casey), customers, "Key accounts");

    HttpResponse<String> answer =
        api("GET", casey, "/microsoft-account/mail-folders", username(casey), "casey-password");

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode json = JSON.readTree(answer.body());
    assertThat(json.path("complete").asBoolean()).isTrue();
    JsonNode inbox = folder(json.path("folders"), "Inbox");
    assertThat(inbox.path("wellKnownName").asString()).isEqualTo("inbox");
    assertThat(inbox.path("choice").asString()).isEqualTo("inbox");
    assertThat(folder(json.path("folders"), "Sent Items").path("choice").asString())
        .isEqualTo("sentitems");
    JsonNode child = folder(inbox.path("children"), "Customers");
    assertThat(child.path("choice").asString()).isEqualTo(customers);
    assertThat(child.path("path").asString()).isEqualTo("Inbox/Customers");
    assertThat(child.path("wellKnownName").isNull()).isTrue();
    JsonNode grandchild = folder(child.path("children"), "Key accounts");
    assertThat(grandchild.path("id").asString()).isEqualTo(keyAccounts);
    assertThat(grandchild.path("path").asString()).isEqualTo("Inbox/Customers/Key accounts");
  }

  @Test
  void retrieveFoldersExplainsWhyThereIsNoTree() {
    long erin = directory.user("erin", "erin-password", org, "USER");
    HttpResponse<String> notConnected =
        api("GET", erin, "/microsoft-account/mail-folders", username(erin), "erin-password");
    assertThat(notConnected.statusCode()).isEqualTo(409);
    assertThat(notConnected.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(notConnected.body()).contains("No Microsoft account is connected.");

    HttpResponse<String> someoneElse =
        api("GET", erin, "/microsoft-account/mail-folders", username(casey), "casey-password");
    assertThat(someoneElse.statusCode()).isIn(403, 404);

    connect(casey, "casey-password");
    emulator.control().injectFault(Fault.status("GET", "/v1.0/me/mailFolders", 1, 403, null));
    HttpResponse<String> refused =
        api("GET", casey, "/microsoft-account/mail-folders", username(casey), "casey-password");
    assertThat(refused.statusCode()).isEqualTo(502);
    assertThat(refused.body()).contains("The mailbox folders could not be read: access denied");
    assertThat(refused.body()).doesNotContain("Bearer", "eyJ");
  }

  private static JsonNode folder(JsonNode folders, String name) {
    for (JsonNode f : folders) {
      if (f.path("name").asString().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no folder " + name + " in " + folders);
  }

  /** A mail folder made in the sandbox mailbox as Outlook would; returns its id. */
  private String createFolder(String upn, String parent, String name) throws Exception {
    return SandboxFolders.create(emulator, upn, parent, name);
  }

  @Test
  void aReplayedStateIsRefusedAndChangesNothing() {
    ConnectDriver browser = new ConnectDriver(port).signIn(username(casey), "casey-password");
    String authorize = browser.connect(casey).headers().firstValue("Location").orElseThrow();
    String redirect = browser.authorize(authorize, upn(casey), password(casey), true);
    assertThat(browser.get(redirect).statusCode()).isEqualTo(200);
    long version = version(casey);

    HttpResponse<String> replay = browser.get(redirect);

    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body()).contains("invalid, expired or was already used");
    assertThat(version(casey)).isEqualTo(version);
  }

  @Test
  void anUnknownStateIsRefused() {
    ConnectDriver browser = new ConnectDriver(port).signIn(username(casey), "casey-password");

    HttpResponse<String> r =
        browser.get(
            "http://localhost:" + port + "/connect/microsoft/callback?code=abc&state=forged");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("invalid, expired or was already used");
    assertThat(status(casey)).contains("NOT_CONNECTED");
  }

  @Test
  void aCallbackInSomeoneElsesSessionIsRefused() {
    long dana = directory.user("dana", "dana-password", org, "USER");
    ConnectDriver caseyBrowser = new ConnectDriver(port).signIn(username(casey), "casey-password");
    String authorize = caseyBrowser.connect(casey).headers().firstValue("Location").orElseThrow();
    String redirect = caseyBrowser.authorize(authorize, upn(casey), password(casey), true);

    ConnectDriver danaBrowser = new ConnectDriver(port).signIn(username(dana), "dana-password");
    HttpResponse<String> r = danaBrowser.get(redirect);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("started by someone else");
    assertThat(status(casey)).contains("NOT_CONNECTED");
    assertThat(status(dana)).contains("NOT_CONNECTED");
  }

  @Test
  void declinedConsentShowsMicrosoftsAnswerAndStoresNothing() {
    ConnectDriver browser = new ConnectDriver(port).signIn(username(casey), "casey-password");
    String authorize = browser.connect(casey).headers().firstValue("Location").orElseThrow();
    String redirect = browser.authorize(authorize, upn(casey), password(casey), false);

    HttpResponse<String> r = browser.get(redirect);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("Microsoft did not connect the account", "AADSTS65004");
    assertThat(status(casey)).contains("NOT_CONNECTED");
  }

  @Test
  void usersSeeOnlyTheirOwnAccountAndAdministratorsTheirOrganizations() {
    long dana = directory.user("dana", "dana-password", org, "USER");
    long boss = directory.user("boss", "boss-password", org, "ORG_ADMIN");
    long other =
        directory.user("olga", "olga-password", directory.organization("Other"), "ORG_ADMIN");

    assertThat(
            api("GET", casey, "/microsoft-account", username(dana), "dana-password").statusCode())
        .isEqualTo(404);
    assertThat(
            api("GET", casey, "/microsoft-account", username(boss), "boss-password").statusCode())
        .isEqualTo(200);
    assertThat(
            api("GET", casey, "/microsoft-account", username(other), "olga-password").statusCode())
        .isEqualTo(404);
    assertThat(
            api("DELETE", casey, "/microsoft-account", username(other), "olga-password")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            api("POST", casey, "/microsoft-account/check", "admin", "first-admin-secret")
                .statusCode())
        .isEqualTo(200);
    assertThat(api("GET", casey, "/microsoft-account", username(casey), "wrong").statusCode())
        .isEqualTo(401);
  }

  @Test
  void anAdministratorConnectsAUsersAccountOnTheirBehalf() {
    long boss = directory.user("boss", "boss-password", org, "ORG_ADMIN");
    ConnectDriver browser = new ConnectDriver(port).signIn(username(boss), "boss-password");

    HttpResponse<String> callback = browser.connectFully(casey, upn(casey), password(casey));

    assertThat(callback.body()).contains("Connected as casey");
    assertThat(status(casey)).contains("CONNECTED");
    assertThat(status(boss)).contains("NOT_CONNECTED");
  }

  @Test
  void disconnectForgetsTheTokens() {
    connect(casey, "casey-password");

    int deleted =
        api("DELETE", casey, "/microsoft-account", username(casey), "casey-password").statusCode();

    assertThat(deleted).isEqualTo(204);
    assertThat(status(casey)).contains("NOT_CONNECTED");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM microsoft_connections WHERE user_id = ?")
                .param(casey)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anExpiringTokenIsRefreshedAndTheRotatedRefreshTokenStored() {
    connect(casey, "casey-password");
    String before = connections.accessTokenFor(casey);
    String refreshBefore = column(casey, "refresh_token");
    expire(casey);

    String after = connections.accessTokenFor(casey);

    assertThat(after).isNotEqualTo(before);
    assertThat(column(casey, "refresh_token")).isNotEqualTo(refreshBefore);
    assertThat(connections.accessTokenFor(casey)).isEqualTo(after);
    assertThat(connections.connection(casey).status()).isEqualTo(ConnectionStatus.CONNECTED);
  }

  @Test
  void twoWorkersRefreshingAtOnceRedeemTheRefreshTokenOnce() throws Exception {
    connect(casey, "casey-password");
    expire(casey);
    long version = version(casey);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> tokens = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        tokens.add(
            pool.submit(
                () -> {
                  start.await();
                  return connections.accessTokenFor(casey);
                }));
      }
      assertThat(tokens.get(0).get()).isEqualTo(tokens.get(1).get());
    } finally {
      pool.shutdownNow();
    }
    // One lease claimed and one refresh stored: two row versions, where two redemptions make four.
    assertThat(version(casey)).isEqualTo(version + 2);
  }

  @Test
  void aRevokedRefreshTokenMeansReconnectRequiredAndTheCheckSaysSo() {
    connect(casey, "casey-password");
    emulator.control().revokeRefreshTokens(SandboxTenant.TENANT, upn(casey));
    expire(casey);

    String check =
        api("POST", casey, "/microsoft-account/check", username(casey), "casey-password").body();

    assertThat(check).contains("\"ok\":false", "Reconnect required");
    assertThat(status(casey)).contains("RECONNECT_REQUIRED");
    assertThat(column(casey, "refresh_token")).isNull();
  }

  @Test
  void revokedConsentIsReportedAsSuch() {
    connect(casey, "casey-password");
    emulator.control().revokeConsent(SandboxTenant.TENANT, upn(casey));
    expire(casey);

    String check =
        api("POST", casey, "/microsoft-account/check", username(casey), "casey-password").body();

    assertThat(check).contains("consent for Tandem was revoked");
    assertThat(status(casey)).contains("RECONNECT_REQUIRED");
  }

  @Test
  void graphFailuresInTheCheckAreExplainedAndLeaveTheConnectionAsItWas() {
    connect(casey, "casey-password");
    long version = version(casey);
    int[][] cases = {{403, 0}, {404, 0}, {429, 1}, {500, 0}, {503, 1}};
    for (int[] c : cases) {
      emulator
          .control()
          .injectFault(
              Fault.status("GET", "/v1.0/me/mailFolders.*", 1, c[0], c[1] == 1 ? 1 : null));
      String check =
          api("POST", casey, "/microsoft-account/check", username(casey), "casey-password").body();
      assertThat(check).contains("\"ok\":false", "Mailbox (Mail.ReadWrite):", "HTTP " + c[0]);
    }
    assertThat(status(casey)).contains("\"status\":\"CONNECTED\"");
    assertThat(version(casey)).isEqualTo(version);
  }

  @Test
  void aMicrosoftAccountConnectedToOneUserCannotBeConnectedToAnother() {
    assertThat(connect(casey, "casey-password").body()).contains("Connected as casey");
    long dana = directory.user("dana", "dana-password", org, "USER");

    HttpResponse<String> second =
        new ConnectDriver(port)
            .signIn(username(dana), "dana-password")
            .connectFully(dana, upn(casey), password(casey));

    assertThat(second.body()).contains("connected to another Tandem user");
    assertThat(status(dana)).contains("NOT_CONNECTED");
    assertThat(status(casey)).contains("\"status\":\"CONNECTED\"");
  }

  @Test
  void aTokenGraphRefusesBeforeItsExpiryIsRefreshedOnceAndTheSyncGoesOn() {
    connect(casey, "casey-password");
    HttpResponse<String> on =
        adminApi(
            "PATCH",
            "/api/v1/settings/system",
            "{\"integrations.calendar_enabled\": true, \"integrations.tasks_enabled\": true}");
    assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
    String before = connections.accessTokenFor(casey);
    // Graph's clock moves on past the token's lifetime while Tandem still believes it valid (in
    // real life: Continuous Access Evaluation, clock skew, a token revoked early).
    emulator.control().advanceClock(java.time.Duration.ofHours(2));

    HttpResponse<String> sync = syncNow(casey);

    assertThat(sync.statusCode()).isEqualTo(200);
    assertThat(sync.body()).contains("\"outcome\":\"SUCCEEDED\"").doesNotContain("RECONNECT");
    // A scheduled run (connecting reschedules at once) may have met the refused token first.
    assertThat(
            jdbc.sql("SELECT DISTINCT outcome FROM sync_runs WHERE user_id = ?")
                .param(casey)
                .query(String.class)
                .list())
        .containsOnly("SUCCEEDED");
    assertThat(status(casey)).contains("\"status\":\"CONNECTED\"");
    assertThat(connections.accessTokenFor(casey)).isNotEqualTo(before);
  }

  // --- helpers

  /** Sync now, once the run that connecting scheduled (if still going) has let the lease go. */
  private HttpResponse<String> syncNow(long userId) {
    long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (true) {
      HttpResponse<String> sync = adminApi("POST", "/api/v1/users/" + userId + "/sync", null);
      if (sync.statusCode() != 409 || System.nanoTime() > giveUp) {
        return sync;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
    }
  }

  private HttpResponse<String> adminApi(String method, String path, String json) {
    return send(method, path, json, "admin", "first-admin-secret");
  }

  private HttpResponse<String> connect(long userId, String password) {
    return new ConnectDriver(port)
        .signIn(username(userId), password)
        .connectFully(userId, upn(userId), password(userId));
  }

  private String upn(long userId) {
    return sandbox.account(userId).orElseThrow().userPrincipalName();
  }

  private String password(long userId) {
    return sandbox.account(userId).orElseThrow().password();
  }

  private String username(long userId) {
    return directory.username(userId);
  }

  private String status(long userId) {
    return api("GET", userId, "/microsoft-account", "admin", "first-admin-secret").body();
  }

  private void expire(long userId) {
    jdbc.sql("UPDATE microsoft_connections SET access_expires_at = ? WHERE user_id = ?")
        .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), userId)
        .update();
  }

  private long version(long userId) {
    return jdbc.sql("SELECT version FROM microsoft_connections WHERE user_id = ?")
        .param(userId)
        .query(Long.class)
        .single();
  }

  private String column(long userId, String column) {
    return jdbc.sql("SELECT " + column + " FROM microsoft_connections WHERE user_id = ?")
        .param(userId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private HttpResponse<String> api(
      String method, long userId, String path, String user, String password) {
    return send(method, "/api/v1/users/" + userId + path, null, user, password);
  }

  private HttpResponse<String> send(
      String method, String path, String json, String user, String password) {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + basic)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
