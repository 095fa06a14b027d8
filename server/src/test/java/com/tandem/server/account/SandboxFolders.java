package com.tandem.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.tandem.emulator.GraphEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.json.JsonMapper;

/** Mail folders made in a sandbox mailbox as Outlook would make them, for the tests. */
final class SandboxFolders {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SandboxFolders() {}

  /** Makes the folder {@code name} under {@code parent} in {@code upn}'s mailbox; its id. */
  static String create(GraphEmulator emulator, String upn, String parent, String name)
      throws Exception {
    String token =
        emulator.control().delegatedToken(SandboxTenant.TENANT, upn, "outlook", "Mail.ReadWrite");
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(emulator.baseUrl() + "/v1.0/me/mailFolders/" + parent + "/childFolders"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"" + name + "\"}"))
            .build();
    HttpResponse<String> created =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).isEqualTo(201);
    return JSON.readTree(created.body()).path("id").asString();
  }
}
