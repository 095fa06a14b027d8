package com.tandem.graph;

import java.net.URI;
import java.util.Objects;

/**
 * Where the identity platform and Graph live: the public cloud, a national cloud or the emulator.
 *
 * @param authority the identity platform's base, e.g. {@code https://login.microsoftonline.com}
 * @param tenant the directory (tenant) id, or {@code organizations} / {@code common}
 * @param graph Graph's base, e.g. {@code https://graph.microsoft.com}; calls go to {@code
 *     {graph}/v1.0/...}
 */
public record GraphEndpoints(URI authority, String tenant, URI graph) {

  /** The public cloud's identity platform. */
  public static final URI GLOBAL_AUTHORITY = URI.create("https://login.microsoftonline.com");

  /** The public cloud's Graph. */
  public static final URI GLOBAL_GRAPH = URI.create("https://graph.microsoft.com");

  /** Checks that both bases are absolute http(s) URLs and the tenant is a single path segment. */
  public GraphEndpoints {
    authority = base(authority, "authority");
    graph = base(graph, "graph");
    Objects.requireNonNull(tenant, "tenant == null");
    if (tenant.isBlank() || !GraphUris.segment(tenant).equals(tenant)) {
      throw new IllegalArgumentException("tenant must be a tenant id or name: " + tenant);
    }
  }

  /** The public cloud's endpoints for a tenant. */
  public static GraphEndpoints global(String tenant) {
    return new GraphEndpoints(GLOBAL_AUTHORITY, tenant, GLOBAL_GRAPH);
  }

  /** Custom endpoints, e.g. a national cloud or the emulator's base URL for both. */
  public static GraphEndpoints of(String authority, String tenant, String graph) {
    return new GraphEndpoints(URI.create(authority), tenant, URI.create(graph));
  }

  /** The OAuth 2.0 v2.0 authorize endpoint. */
  public URI authorizeUri() {
    return URI.create(authority + "/" + tenant + "/oauth2/v2.0/authorize");
  }

  /** The OAuth 2.0 v2.0 token endpoint. */
  public URI tokenUri() {
    return URI.create(authority + "/" + tenant + "/oauth2/v2.0/token");
  }

  /** Graph's v1.0 root, without a trailing slash. */
  public URI graphV1() {
    return URI.create(graph + "/v1.0");
  }

  /**
   * The client-credentials scope for this Graph: {@code {graph}/.default} for a cloud, and the
   * public cloud's {@code https://graph.microsoft.com/.default} for a plain-http stand-in.
   */
  public String graphDefaultScope() {
    URI resource = "https".equalsIgnoreCase(graph.getScheme()) ? graph : GLOBAL_GRAPH;
    return resource + "/.default";
  }

  private static URI base(URI uri, String name) {
    Objects.requireNonNull(uri, name + " == null");
    String scheme = uri.getScheme();
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
        || uri.getQuery() != null
        || uri.getFragment() != null) {
      throw new IllegalArgumentException(name + " must be an absolute http(s) URL: " + uri);
    }
    String text = uri.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }
}
