package com.tandem.emulator.identity;

import com.tandem.emulator.Seed;
import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Directory;
import com.tandem.emulator.directory.Ids;
import com.tandem.emulator.directory.Tenant;
import com.tandem.emulator.http.ApiRequest;
import com.tandem.emulator.http.ApiResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@code /{tenant}/oauth2/v2.0/authorize}: sign-in and consent pages, then the redirect. */
public final class AuthorizeEndpoint {
  private static final String COOKIE = "ESTSAUTH";

  /** An authorization request in progress. */
  private static final class Flow {
    final String tenant;
    final Map<String, String> params;
    final Set<String> scopes;
    volatile String userId;

    Flow(String tenant, Map<String, String> params, Set<String> scopes) {
      this.tenant = tenant;
      this.params = params;
      this.scopes = scopes;
    }
  }

  private final Directory directory;
  private final Tokens tokens;
  private final Map<String, Flow> flows = new ConcurrentHashMap<>();

  /** The endpoint over a directory and token store. */
  public AuthorizeEndpoint(Directory directory, Tokens tokens) {
    this.directory = directory;
    this.tokens = tokens;
  }

  /** Answers GET (start) and POST (form steps). */
  public ApiResponse handle(String tenantId, ApiRequest request) {
    if (request.method().equals("POST")) {
      return step(tenantId, request);
    }
    Map<String, String> p = request.query();
    Tenant tenant = directory.tenant(tenantId);
    if (tenant == null) {
      return errorPage("AADSTS90002", "Tenant '" + tenantId + "' not found.");
    }
    Seed.Application app = tenant.application(p.get("client_id"));
    if (app == null) {
      return errorPage(
          "AADSTS700016",
          "Application with identifier '"
              + p.get("client_id")
              + "' was not found in the directory '"
              + tenant.id()
              + "'.");
    }
    String redirect = p.get("redirect_uri");
    if (redirect == null || !app.redirectUris().contains(redirect)) {
      return errorPage(
          "AADSTS50011",
          "The redirect URI '"
              + redirect
              + "' specified in the"
              + " request does not match the redirect URIs configured for the application '"
              + app.clientId()
              + "'.");
    }
    if (!"code".equals(p.get("response_type"))) {
      return redirectError(
          p,
          "unsupported_response_type",
          "AADSTS700054: response_type '"
              + p.get("response_type")
              + "' is not enabled for the application.");
    }
    String method = p.get("code_challenge_method");
    if (p.get("code_challenge") != null && method != null && !method.equals("S256")) {
      return redirectError(
          p,
          "invalid_request",
          "AADSTS501491: Invalid size of Code_Challenge"
              + " parameter or unsupported code_challenge_method '"
              + method
              + "'.");
    }
    if (p.get("code_challenge") == null && method != null) {
      return redirectError(
          p,
          "invalid_request",
          "AADSTS50126: code_challenge is required when" + " code_challenge_method is present.");
    }
    Set<String> scopes;
    try {
      scopes = Scopes.parse(p.get("scope"));
    } catch (OAuthError e) {
      return redirectError(p, e.error, "AADSTS" + e.code + ": " + e.getMessage());
    }
    if (Scopes.graphOnly(scopes).isEmpty() && !scopes.contains("openid")) {
      return redirectError(
          p,
          "invalid_request",
          "AADSTS900144: The request body must contain" + " the following parameter: 'scope'.");
    }
    Flow flow = new Flow(tenant.id(), new LinkedHashMap<>(p), scopes);
    String prompt = p.getOrDefault("prompt", "");
    String session = session(request, tenant);
    if (session != null && !prompt.equals("login") && !prompt.equals("select_account")) {
      flow.userId = session;
      return afterSignIn(flow, app, prompt.equals("consent"));
    }
    if (prompt.equals("none")) {
      return redirectError(
          p,
          "login_required",
          "AADSTS50058: A silent sign-in request was sent" + " but no user is signed in.");
    }
    String id = Ids.secret(24);
    flows.put(id, flow);
    return html(200, LoginPages.signIn(action(tenant), id, p.get("login_hint"), null));
  }

  private ApiResponse step(String tenantId, ApiRequest request) {
    Map<String, String> form = ApiRequest.parseQuery(request.text());
    Flow flow = form.get("flow") == null ? null : flows.get(form.get("flow"));
    Tenant tenant = directory.tenant(tenantId);
    if (flow == null || tenant == null || !flow.tenant.equalsIgnoreCase(tenant.id())) {
      return errorPage("AADSTS90014", "The sign-in session is not valid. Start again.");
    }
    Seed.Application app = tenant.application(flow.params.get("client_id"));
    if ("signin".equals(form.get("step"))) {
      Account user = tenant.user(form.getOrDefault("login", "").trim());
      if (user == null || !user.passwordMatches(form.getOrDefault("passwd", ""))) {
        return html(
            200,
            LoginPages.signIn(
                action(tenant),
                form.get("flow"),
                form.get("login"),
                "Your account or password is incorrect."));
      }
      flow.userId = user.id();
      ApiResponse next = afterSignIn(flow, app, "consent".equals(flow.params.get("prompt")));
      String cookie = Ids.secret(24);
      tokens.sessions.put(cookie, tenant.id().toLowerCase() + "|" + user.id());
      return next.header("Set-Cookie", COOKIE + "=" + cookie + "; Path=/; HttpOnly; SameSite=Lax");
    }
    if ("consent".equals(form.get("step")) && flow.userId != null) {
      flows.remove(form.get("flow"));
      if (!"accept".equals(form.get("decision"))) {
        return redirectError(
            flow.params,
            "access_denied",
            "AADSTS65004: User declined to" + " consent to access the app.");
      }
      tokens.consent(flow.tenant, flow.userId, app.clientId(), Scopes.graphOnly(flow.scopes));
      return redirectCode(flow, app);
    }
    return errorPage("AADSTS90014", "The request is missing a required step.");
  }

  private ApiResponse afterSignIn(Flow flow, Seed.Application app, boolean forceConsent) {
    Set<String> missing = new LinkedHashSet<>(Scopes.graphOnly(flow.scopes));
    missing.removeAll(tokens.consented(flow.tenant, flow.userId, app.clientId()));
    if (missing.isEmpty() && !forceConsent) {
      return redirectCode(flow, app);
    }
    if ("none".equals(flow.params.get("prompt"))) {
      return redirectError(
          flow.params,
          "consent_required",
          "AADSTS65001: The user or"
              + " administrator has not consented to use the application with ID '"
              + app.clientId()
              + "'.");
    }
    String id = Ids.secret(24);
    flows.put(id, flow);
    Tenant tenant = directory.tenant(flow.tenant);
    Account user = tenant.user(flow.userId);
    Set<String> shown = new LinkedHashSet<>(Scopes.graphOnly(flow.scopes));
    if (flow.scopes.contains("offline_access")) {
      shown.add("offline_access");
    }
    return html(
        200,
        LoginPages.consent(action(tenant), id, app.clientId(), user.userPrincipalName(), shown));
  }

  private ApiResponse redirectCode(Flow flow, Seed.Application app) {
    Map<String, String> p = flow.params;
    String code =
        tokens.issueCode(
            new Tokens.Code(
                flow.tenant,
                app.clientId(),
                p.get("redirect_uri"),
                flow.userId,
                flow.scopes,
                p.get("code_challenge"),
                directory.clock().instant().plus(Tokens.CODE_LIFETIME)));
    Map<String, String> out = new LinkedHashMap<>();
    out.put("code", code);
    if (p.get("state") != null) {
      out.put("state", p.get("state"));
    }
    out.put("session_state", Ids.guid());
    return redirect(p, out);
  }

  private static ApiResponse redirectError(
      Map<String, String> p, String error, String description) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("error", error);
    out.put("error_description", description);
    if (p.get("state") != null) {
      out.put("state", p.get("state"));
    }
    return redirect(p, out);
  }

  private static ApiResponse redirect(Map<String, String> p, Map<String, String> out) {
    String uri = p.get("redirect_uri");
    if ("form_post".equals(p.get("response_mode"))) {
      return html(200, LoginPages.formPost(uri, out));
    }
    StringBuilder q = new StringBuilder();
    out.forEach(
        (k, v) ->
            q.append(q.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    String location = uri + (uri.contains("?") ? "&" : "?") + q;
    return ApiResponse.empty(302).header("Location", location);
  }

  private String session(ApiRequest request, Tenant tenant) {
    String cookies = request.header("Cookie");
    if (cookies == null) {
      return null;
    }
    for (String c : cookies.split(";")) {
      String[] kv = c.trim().split("=", 2);
      if (kv.length == 2 && kv[0].equals(COOKIE)) {
        String v = tokens.sessions.get(kv[1]);
        String prefix = tenant.id().toLowerCase() + "|";
        if (v != null && v.startsWith(prefix)) {
          return v.substring(prefix.length());
        }
      }
    }
    return null;
  }

  private static String action(Tenant tenant) {
    return "/" + tenant.id() + "/oauth2/v2.0/authorize";
  }

  private static ApiResponse errorPage(String code, String message) {
    return html(400, LoginPages.error(code, message));
  }

  private static ApiResponse html(int status, String body) {
    return ApiResponse.text(status, "text/html; charset=utf-8", body)
        .header("Cache-Control", "no-store");
  }

  /** Forgets flows in progress. */
  public void clear() {
    flows.clear();
  }
}
