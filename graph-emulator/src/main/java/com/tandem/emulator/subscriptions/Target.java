package com.tandem.emulator.subscriptions;

import com.tandem.emulator.directory.Account;
import com.tandem.emulator.directory.Directory;
import com.tandem.emulator.graph.Permission;
import com.tandem.emulator.http.ApiRequest;
import com.tandem.emulator.http.GraphException;
import com.tandem.emulator.identity.Grant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mailbox collection a subscription's {@code resource} names. */
record Target(Account owner, String collection) {
  private static final Pattern RESOURCE = Pattern.compile("(?i)^/?(me|users/([^/]+))/(.+?)/?$");

  static Target parse(String resource, Grant grant, Directory directory) {
    Matcher m = RESOURCE.matcher(resource.trim());
    if (!m.matches()) {
      throw invalid(resource);
    }
    Account owner;
    if (m.group(1).equalsIgnoreCase("me")) {
      if (!grant.delegated()) {
        throw invalid(resource);
      }
      owner = directory.require(grant.tenantId()).user(grant.userId());
    } else {
      owner = directory.require(grant.tenantId()).user(ApiRequest.decode(m.group(2)));
    }
    if (owner == null) {
      throw new GraphException(404, "ErrorInvalidUser", "The requested user is invalid.");
    }
    if (grant.delegated() && !grant.userId().equals(owner.id())) {
      throw GraphException.accessDenied();
    }
    String rest = m.group(3).replaceFirst("(?i)^calendar/", "");
    String collection;
    Permission needed;
    if (rest.equalsIgnoreCase("events")) {
      collection = "events";
      needed = Permission.CALENDAR_READ;
    } else if (rest.matches("(?i)todo/lists/[^/]+/tasks")) {
      collection = rest;
      needed = Permission.TASKS_READ;
    } else if (rest.matches("(?i)(mailFolders(\\('[^']+'\\)|/[^/]+)/)?messages")) {
      collection = "messages";
      needed = Permission.MAIL_READ;
    } else {
      throw invalid(resource);
    }
    if (!grant.allowsAny(needed.names())) {
      throw new GraphException(
          403,
          "ExtensionError",
          "Operation: Create; Exception: [Status Code: Forbidden; Reason: Access is denied.]");
    }
    return new Target(owner, collection);
  }

  private static GraphException invalid(String resource) {
    return GraphException.badRequest(
        "InvalidRequest", "Resource '" + resource + "' is not supported.");
  }
}
