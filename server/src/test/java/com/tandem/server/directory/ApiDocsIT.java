package com.tandem.server.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@DirectoryServerTest
class ApiDocsIT {

  @LocalServerPort int port;

  @Test
  void theOpenApiDescriptionListsTheDirectoryWithTags() {
    ApiClient.Answer docs = ApiClient.anonymous(port).get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("paths").has("/api/v1/organizations/{orgId}")).isTrue();
    assertThat(docs.json().get("paths").has("/api/v1/users/{userId}")).isTrue();
    assertThat(docs.json().get("tags").toString())
        .contains("Organizations")
        .contains("Users")
        .contains("Personal access tokens");
    assertThat(docs.json().at("/components/securitySchemes/basic/scheme").asString())
        .isEqualTo("basic");
    assertThat(docs.json().at("/components/securitySchemes/personalAccessToken/scheme").asString())
        .isEqualTo("bearer");
  }

  @Test
  void theSwaggerUiOpensWithoutSigningIn() throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpResponse<String> ui =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui.html"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).containsIgnoringCase("swagger");
  }

  @Test
  void healthIsUpWithoutSigningIn() {
    ApiClient.Answer health = ApiClient.anonymous(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asString()).isEqualTo("UP");
  }
}
