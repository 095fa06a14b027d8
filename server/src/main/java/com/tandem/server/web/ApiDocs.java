package com.tandem.server.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's front matter: what the API is and the two ways to sign in. */
@Configuration
class ApiDocs {

  @Bean
  OpenAPI tandemApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Tandem REST API")
                .version("v1")
                .description(
                    "Directory, settings, CRM activities and synchronization. Errors are RFC 9457"
                        + " problem details; resources carry an ETag and honour If-Match."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecuritySchemes(
                    "personalAccessToken",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A personal access token created on My Account")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("personalAccessToken"));
  }
}
