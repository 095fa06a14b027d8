package com.tandem.server.account;

import com.tandem.graph.errors.AuthenticationException;
import com.tandem.graph.errors.GraphException;
import com.tandem.graph.errors.GraphServerException;
import com.tandem.graph.errors.InvalidClientException;
import com.tandem.graph.errors.MalformedResponseException;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.errors.PermissionMissingException;
import com.tandem.graph.errors.ThrottledException;

/** Turns the Graph client's exceptions into plain message keys for people. */
final class GraphProblems {

  private GraphProblems() {}

  static String key(GraphException e) {
    if (e instanceof AuthenticationException auth) {
      return auth.consentRequired() ? Problems.CONSENT_REVOKED : Problems.TOKEN_REJECTED;
    }
    if (e instanceof PermissionMissingException) {
      return Problems.ACCESS_DENIED;
    }
    if (e instanceof NotFoundException) {
      return Problems.MAILBOX_NOT_FOUND;
    }
    if (e instanceof ThrottledException) {
      return Problems.THROTTLED;
    }
    if (e instanceof MalformedResponseException) {
      return Problems.MALFORMED;
    }
    if (e instanceof InvalidClientException) {
      return Problems.CLIENT_REJECTED;
    }
    if (e instanceof GraphServerException) {
      return Problems.UNAVAILABLE;
    }
    return Problems.REFUSED;
  }

  /** Status and code, never a token (the client's messages carry none either). */
  static String detail(GraphException e) {
    String status = e.status() == 0 ? "no answer" : "HTTP " + e.status();
    return e.code().map(code -> status + " " + code).orElse(status);
  }
}
