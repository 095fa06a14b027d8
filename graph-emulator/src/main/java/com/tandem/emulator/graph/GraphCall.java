package com.tandem.emulator.graph;

import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Directory;
import com.tandem.emulator.http.ApiRequest;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.identity.Grant;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One Graph call against a mailbox, as a feature handler sees it.
 *
 * @param request the request
 * @param grant the caller's token grant
 * @param owner the mailbox owner
 * @param directory the emulator state
 * @param linkBase the URL prefix up to and including the user segment, e.g. {@code
 *     http://127.0.0.1:1234/v1.0/me}
 * @param rest the path segments after the user segment
 */
public record GraphCall(
    ApiRequest request,
    Grant grant,
    Account owner,
    Directory directory,
    String linkBase,
    List<String> rest) {

  /**
   * The request body as JSON with its property names in the schema's spelling (400 if not JSON).
   */
  public JsonNode body() {
    return SchemaNames.body(request.json());
  }

  /** The mailbox of the owner. */
  public Mailbox mailbox() {
    return owner.mailbox();
  }

  /** The emulator's now. */
  public Instant now() {
    return directory.clock().instant();
  }

  /** The path segment at {@code i} of {@link #rest}, or null. */
  public String seg(int i) {
    return i < rest.size() ? rest.get(i) : null;
  }

  /** Throws 403 unless the grant holds the permission. */
  public void require(Permission permission) {
    if (!grant.allowsAny(permission.names())) {
      throw GraphException.accessDenied();
    }
  }

  /** The link to the current path (for delta and paging links). */
  public String selfLink() {
    return linkBase + "/" + String.join("/", rest);
  }

  /** 405/400 for a method a path does not support. */
  public GraphException unsupported() {
    return new GraphException(
        405,
        "Request_BadRequest",
        "The HTTP method '" + request.method() + "' is not supported for this resource.");
  }
}
