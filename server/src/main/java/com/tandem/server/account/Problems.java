package com.tandem.server.account;

/** Message keys (in {@code i18n/account.properties}) for what can be wrong with a connection. */
final class Problems {
  static final String NO_REFRESH_TOKEN = "account.problem.noRefreshToken";
  static final String CONSENT_REVOKED = "account.problem.consentRevoked";
  static final String GRANT_REFUSED = "account.problem.grantRefused";
  static final String NOT_CONNECTED = "account.problem.notConnected";
  static final String NOT_LINKED = "account.problem.notLinked";
  static final String NOT_CONFIGURED = "account.problem.notConfigured";
  static final String TOKEN_REJECTED = "account.problem.tokenRejected";
  static final String PERMISSION_NOT_GRANTED = "account.problem.permissionNotGranted";
  static final String ACCESS_DENIED = "account.problem.accessDenied";
  static final String MAILBOX_NOT_FOUND = "account.problem.mailboxNotFound";
  static final String THROTTLED = "account.problem.throttled";
  static final String UNAVAILABLE = "account.problem.unavailable";
  static final String MALFORMED = "account.problem.malformed";
  static final String CLIENT_REJECTED = "account.problem.clientRejected";
  static final String REFUSED = "account.problem.refused";

  private Problems() {}
}
