package com.tandem.emulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.tandem.emulator.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The emulator's initial state: tenants with their users and registered applications (the seed file
 * format of API.md).
 *
 * @param tenants the tenants
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Seed(List<Tenant> tenants) {

  /** Checks and copies the tenants. */
  public Seed {
    tenants = List.copyOf(tenants == null ? List.of() : tenants);
  }

  /** A tenant. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Tenant(String id, List<User> users, List<Application> applications) {
    /** Checks the id and copies the lists. */
    public Tenant {
      if (id == null || !id.matches("[A-Za-z0-9.\\-]+")) {
        throw new IllegalArgumentException("tenant id must be letters, digits, '.' or '-'");
      }
      users = List.copyOf(users == null ? List.of() : users);
      applications = List.copyOf(applications == null ? List.of() : applications);
    }
  }

  /** A user with a mailbox. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record User(String userPrincipalName, String displayName, String password) {
    /** Checks the user principal name. */
    public User {
      if (userPrincipalName == null || !userPrincipalName.matches("[^@\\s]+@[^@\\s]+")) {
        throw new IllegalArgumentException("userPrincipalName must look like name@domain");
      }
      displayName = displayName == null ? userPrincipalName : displayName;
      password = password == null ? "" : password;
    }
  }

  /** A registered application. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Application(
      String clientId,
      String clientSecret,
      List<String> redirectUris,
      List<String> applicationPermissions) {
    /** Checks the client id and copies the lists. */
    public Application {
      if (clientId == null || clientId.isBlank()) {
        throw new IllegalArgumentException("clientId is required");
      }
      clientSecret = clientSecret == null ? "" : clientSecret;
      redirectUris = List.copyOf(redirectUris == null ? List.of() : redirectUris);
      applicationPermissions =
          List.copyOf(applicationPermissions == null ? List.of() : applicationPermissions);
    }
  }

  /** Parses seed JSON; throws {@link IllegalArgumentException} with the reason when invalid. */
  public static Seed parse(String json) {
    try {
      return Json.MAPPER.readValue(json, Seed.class);
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
        cause = cause.getCause();
      }
      throw new IllegalArgumentException("invalid seed: " + cause.getMessage(), e);
    }
  }

  /** Reads a seed file. */
  public static Seed read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Client id of the demo seed's application. */
  public static final String DEMO_CLIENT_ID = "11111111-2222-3333-4444-555555555555";

  /** Client secret of the demo seed's application. */
  public static final String DEMO_CLIENT_SECRET = "emulator-secret";

  /** Password of the demo seed's users. */
  public static final String DEMO_PASSWORD = "Passw0rd!";

  /**
   * A ready-made seed: tenant {@code contoso} with {@code adele@contoso.test} and {@code
   * alex@contoso.test} and an application allowed everything Tandem needs.
   */
  public static Seed demo() {
    return builder()
        .tenant("contoso")
        .user("adele@contoso.test", "Adele Vance", DEMO_PASSWORD)
        .user("alex@contoso.test", "Alex Wilber", DEMO_PASSWORD)
        .application(
            DEMO_CLIENT_ID,
            DEMO_CLIENT_SECRET,
            List.of("http://localhost:8080/connect/microsoft/callback"),
            List.of(
                "Calendars.ReadWrite",
                "Tasks.ReadWrite",
                "Mail.ReadWrite",
                "Mail.Send",
                "User.Read.All"))
        .build();
  }

  /** An empty seed. */
  public static Seed empty() {
    return new Seed(List.of());
  }

  /** Serializes this seed as JSON. */
  public String toJson() {
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this);
  }

  /** A builder for seeds in code. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a seed one tenant at a time. */
  public static final class Builder {
    private final List<Tenant> tenants = new ArrayList<>();
    private String tenant;
    private List<User> users;
    private List<Application> apps;

    private Builder() {}

    /** Starts a tenant; following users and applications belong to it. */
    public Builder tenant(String id) {
      flush();
      tenant = Objects.requireNonNull(id, "id == null");
      users = new ArrayList<>();
      apps = new ArrayList<>();
      return this;
    }

    /** Adds a user to the current tenant. */
    public Builder user(String userPrincipalName, String displayName, String password) {
      requireTenant();
      users.add(new User(userPrincipalName, displayName, password));
      return this;
    }

    /** Adds an application to the current tenant. */
    public Builder application(
        String clientId, String secret, List<String> redirectUris, List<String> permissions) {
      requireTenant();
      apps.add(new Application(clientId, secret, redirectUris, permissions));
      return this;
    }

    /** The seed. */
    public Seed build() {
      flush();
      return new Seed(tenants);
    }

    private void requireTenant() {
      if (tenant == null) {
        throw new IllegalStateException("call tenant(id) first");
      }
    }

    private void flush() {
      if (tenant != null) {
        tenants.add(new Tenant(tenant, users, apps));
        tenant = null;
      }
    }
  }
}
