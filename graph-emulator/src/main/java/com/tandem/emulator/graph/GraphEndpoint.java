package com.tandem.emulator.graph;

import com.tandem.emulator.Fault;
import com.tandem.emulator.calendar.CalendarEndpoint;
import com.tandem.emulator.control.Faults;
import com.tandem.emulator.control.RequestCounts;
import com.tandem.emulator.delta.DeltaPager;
import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Directory;
import com.tandem.emulator.directory.Ids;
import com.tandem.emulator.directory.Tenant;
import com.tandem.emulator.http.ApiRequest;
import com.tandem.emulator.http.ApiResponse;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.http.Json;
import com.tandem.emulator.identity.Grant;
import com.tandem.emulator.identity.Tokens;
import com.tandem.emulator.mail.MailEndpoint;
import com.tandem.emulator.throttling.Throttle;
import com.tandem.emulator.todo.TodoEndpoint;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** Graph v1.0: authentication, faults, throttling, counting, then the feature endpoints. */
public final class GraphEndpoint {
  private static final Set<String> CALENDAR =
      Set.of("events", "calendarView", "calendar", "calendars");
  private static final Set<String> MAIL = Set.of("mailFolders", "messages", "sendMail");

  /** Handles the parts of Graph that are not mailbox resources ({@code $batch}, subscriptions). */
  public interface Extension {
    /** Answers the request, or null when not handled. */
    ApiResponse handle(ApiRequest request, Grant grant, String origin);
  }

  private final Directory directory;
  private final Tokens tokens;
  private final Throttle throttle;
  private final Faults faults;
  private final RequestCounts counts;
  private final CalendarEndpoint calendar;
  private final TodoEndpoint todo;
  private final MailEndpoint mail;
  private volatile Extension batch;
  private volatile Extension subscriptions;

  /** Wires the endpoint. */
  public GraphEndpoint(
      Directory directory, Tokens tokens, Throttle throttle, Faults faults, RequestCounts counts) {
    this.directory = directory;
    this.tokens = tokens;
    this.throttle = throttle;
    this.faults = faults;
    this.counts = counts;
    DeltaPager pager = new DeltaPager(directory);
    this.calendar = new CalendarEndpoint(pager);
    this.todo = new TodoEndpoint(pager);
    this.mail = new MailEndpoint(pager);
  }

  /** Plugs in {@code $batch} and subscriptions. */
  public void extensions(Extension batch, Extension subscriptions) {
    this.batch = batch;
    this.subscriptions = subscriptions;
  }

  /** Answers a Graph request; {@code origin} is like {@code http://127.0.0.1:1234}. */
  public ApiResponse handle(ApiRequest sent, String origin) {
    ApiRequest request = sent.withQueryNamesInAnyCase();
    String requestId = Ids.guid();
    ApiResponse response;
    Fault fault = faults.take(request.method(), request.path());
    try {
      response = dispatch(request, origin, fault);
    } catch (GraphException e) {
      response = GraphAnswers.error(e, requestId, request, directory.clock());
    } catch (RuntimeException e) {
      response =
          GraphAnswers.error(
              new GraphException(500, "InternalServerError", "An internal error occurred."),
              requestId,
              request,
              directory.clock());
    }
    response = GraphAnswers.withContext(response, request, origin);
    response.header("request-id", requestId);
    response.header("Cache-Control", "no-cache");
    response.header("x-ms-resource-unit", "1");
    response.header(
        "client-request-id",
        request.header("client-request-id") == null
            ? requestId
            : request.header("client-request-id"));
    if (fault != null && fault.dropAfterApply()) {
      response.drop();
    }
    return response;
  }

  private ApiResponse dispatch(ApiRequest request, String origin, Fault fault) {
    if (fault != null && fault.status() != null) {
      GraphException e =
          new GraphException(
              fault.status(),
              codeFor(fault.status()),
              fault.status() == 429 ? "Please retry again later." : "The service is unavailable.");
      if (fault.retryAfterSeconds() != null) {
        e.header("Retry-After", Integer.toString(fault.retryAfterSeconds()));
      }
      throw e;
    }
    List<String> segments = SchemaNames.segments(request.segments(1));
    if (segments.isEmpty()) {
      throw GraphException.badRequest("BadRequest", "Invalid request.");
    }
    Grant grant = authenticate(request);
    if (segments.get(0).equals("$batch") && batch != null) {
      return batch.handle(request, grant, origin);
    }
    if (segments.get(0).equals("subscriptions") && subscriptions != null) {
      return subscriptions.handle(request, grant, origin);
    }
    Account owner;
    String userSegment;
    int restAt;
    if (segments.get(0).equals("me")) {
      if (!grant.delegated()) {
        throw GraphException.badRequest(
            "BadRequest", "/me request is only valid with delegated authentication flow.");
      }
      owner = directory.require(grant.tenantId()).user(grant.userId());
      userSegment = "me";
      restAt = 1;
    } else if (segments.get(0).equals("users") && segments.size() >= 2) {
      Tenant tenant = directory.require(grant.tenantId());
      owner = tenant.user(segments.get(1));
      if (owner == null) {
        throw segments.size() == 2
            ? new GraphException(
                404,
                "Request_ResourceNotFound",
                "Resource '"
                    + segments.get(1)
                    + "' does not exist or one of its queried reference-property objects are not present.")
            : new GraphException(
                404,
                "ErrorInvalidUser",
                "The requested user '" + segments.get(1) + "' is invalid.");
      }
      userSegment = "users/" + segments.get(1);
      restAt = 2;
    } else {
      throw GraphException.badRequest(
          "BadRequest", "Resource not found for the segment '" + segments.get(0) + "'.");
    }
    if (grant.delegated() && !grant.userId().equals(owner.id())) {
      if (segments.size() == restAt) {
        return user(grant, owner);
      }
      throw GraphException.accessDenied();
    }
    List<String> rest = segments.subList(restAt, segments.size());
    GraphCall call =
        new GraphCall(request, grant, owner, directory, origin + "/v1.0/" + userSegment, rest);
    int status = 500;
    try (AutoCloseable permit = throttle.acquire(grant.clientId() + "|" + owner.id())) {
      if (fault != null && fault.latencyMillis() != null) {
        Thread.sleep(fault.latencyMillis());
      }
      ApiResponse response = route(call);
      status = response.status();
      return response;
    } catch (GraphException e) {
      status = e.status();
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GraphException(503, "ServiceUnavailable", "Interrupted.");
    } catch (Exception e) {
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e);
    } finally {
      counts.count(owner.userPrincipalName(), request.method(), status);
    }
  }

  private ApiResponse route(GraphCall call) {
    String first = call.seg(0);
    if (first == null) {
      if (!call.request().method().equals("GET")) {
        throw call.unsupported();
      }
      return user(call.grant(), call.owner());
    }
    if (CALENDAR.contains(first)) {
      return calendar.handle(call);
    }
    if (first.equals("todo")) {
      return todo.handle(call);
    }
    if (MAIL.contains(first)) {
      return mail.handle(call);
    }
    throw GraphException.badRequest(
        "BadRequest", "Resource not found for the segment '" + first + "'.");
  }

  private static ApiResponse user(Grant grant, Account owner) {
    if (!grant.allowsAny(Permission.USER_READ.names())) {
      throw new GraphException(
          403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
    }
    ObjectNode u = Json.object();
    u.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#users/$entity");
    u.putArray("businessPhones");
    u.put("displayName", owner.displayName());
    String[] names = owner.displayName().split(" ", 2);
    u.put("givenName", names[0]);
    u.putNull("jobTitle");
    u.put("mail", owner.userPrincipalName());
    u.putNull("mobilePhone");
    u.putNull("officeLocation");
    u.putNull("preferredLanguage");
    u.put("surname", names.length > 1 ? names[1] : "");
    u.put("userPrincipalName", owner.userPrincipalName());
    u.put("id", owner.id());
    return ApiResponse.json(200, u);
  }

  /** The grant of the request's bearer token, or 401 {@code InvalidAuthenticationToken}. */
  public Grant authenticate(ApiRequest request) {
    String header = request.header("Authorization");
    if (header == null
        || !header.regionMatches(true, 0, "Bearer ", 0, 7)
        || header.substring(7).isBlank()) {
      throw unauthorized("Access token is empty.");
    }
    Grant grant = tokens.grant(header.substring(7).trim());
    if (grant == null) {
      throw unauthorized("IDX14100: JWT is not well formed, there are no dots (.).");
    }
    if (!directory.clock().instant().isBefore(grant.expiresAt())) {
      throw unauthorized("Lifetime validation failed, the token is expired.");
    }
    if (directory.tenant(grant.tenantId()) == null) {
      throw unauthorized("Access token validation failure. Invalid audience.");
    }
    return grant;
  }

  private static GraphException unauthorized(String message) {
    return new GraphException(401, "InvalidAuthenticationToken", message)
        .header(
            "WWW-Authenticate",
            "Bearer realm=\"\", authorization_uri=\"https://login."
                + "microsoftonline.com/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"");
  }

  private static String codeFor(int status) {
    return switch (status) {
      case 429 -> "TooManyRequests";
      case 503 -> "ServiceUnavailable";
      case 504 -> "GatewayTimeout";
      case 500 -> "InternalServerError";
      case 502 -> "BadGateway";
      default -> "ErrorInternalServerError";
    };
  }
}
