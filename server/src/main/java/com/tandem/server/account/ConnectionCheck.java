package com.tandem.server.account;

import com.tandem.graph.GraphClient;
import com.tandem.graph.IdentityClient;
import com.tandem.graph.Mailbox;
import com.tandem.graph.errors.AuthenticationException;
import com.tandem.graph.errors.GraphException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Check Connection: gets a token and calls Graph for the user's profile, mailbox and To Do lists,
 * reporting plainly what works and what does not. A 401 gets one forced refresh and retry (in the
 * Graph client); a refused refresh marks the connection "Reconnect required".
 */
@Service
class ConnectionCheck {

  private static final Logger log = LoggerFactory.getLogger(ConnectionCheck.class);

  private final MicrosoftConnections connections;
  private final AzureApplications applications;
  private final MessageSource messages;

  ConnectionCheck(
      MicrosoftConnections connections, AzureApplications applications, MessageSource messages) {
    this.connections = connections;
    this.applications = applications;
    this.messages = messages;
  }

  CheckResult check(long userId, Locale locale) {
    List<String> working = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Optional<AzureApplication> app = applications.current();
    if (app.isEmpty()) {
      problems.add(text(Problems.NOT_CONFIGURED, locale));
      return new CheckResult(false, working, problems);
    }
    MicrosoftConnection connection = connections.connection(userId);
    if (connection.status() == ConnectionStatus.NOT_CONNECTED) {
      String key = app.get().applicationMode() ? Problems.NOT_LINKED : Problems.NOT_CONNECTED;
      problems.add(text(key, locale));
      return new CheckResult(false, working, problems);
    }
    if (connection.status() == ConnectionStatus.RECONNECT_REQUIRED) {
      problems.add(text("account.check.reconnect", locale, reason(connection, locale)));
      return new CheckResult(false, working, problems);
    }
    if (!app.get().applicationMode()) {
      for (String scope : IdentityClient.TANDEM_SCOPES) {
        if (!scope.equals("offline_access") && !granted(connection, scope)) {
          problems.add(text(Problems.PERMISSION_NOT_GRANTED, locale, scope));
        }
      }
    }
    GraphClient graph = connections.graph();
    Mailbox mailbox;
    try {
      mailbox = connections.mailboxFor(userId);
    } catch (MicrosoftAccountUnavailableException e) {
      problems.add(text(Problems.NOT_LINKED, locale));
      return new CheckResult(false, working, problems);
    }
    probe(
        userId,
        "account.check.profile",
        m -> graph.users().get(m),
        mailbox,
        working,
        problems,
        locale);
    if (!problems.isEmpty()
        && connections.connection(userId).status() != ConnectionStatus.CONNECTED) {
      return new CheckResult(false, working, problems);
    }
    probe(
        userId,
        "account.check.mail",
        m -> graph.mail().folder(m, "inbox"),
        mailbox,
        working,
        problems,
        locale);
    probe(
        userId,
        "account.check.tasks",
        m -> graph.todoLists().list(m),
        mailbox,
        working,
        problems,
        locale);
    return new CheckResult(problems.isEmpty(), working, problems);
  }

  private void probe(
      long userId,
      String what,
      Function<Mailbox, Object> call,
      Mailbox mailbox,
      List<String> working,
      List<String> problems,
      Locale locale) {
    try {
      // A 401 gets one forced refresh and one retry inside the Graph client.
      call.apply(mailbox);
      working.add(text(what + ".ok", locale));
    } catch (MicrosoftAccountUnavailableException e) {
      problems.add(text("account.check.reconnect", locale, reason(e.connection(), locale)));
    } catch (GraphException e) {
      MicrosoftConnection now = connections.connection(userId);
      if (e instanceof AuthenticationException
          && now.status() == ConnectionStatus.RECONNECT_REQUIRED) {
        problems.add(text("account.check.reconnect", locale, reason(now, locale)));
        return;
      }
      log.info("Check Connection of user {}: {} failed: {}", userId, what, GraphProblems.detail(e));
      problems.add(
          text(
              what + ".failed",
              locale,
              text(GraphProblems.key(e), locale, GraphProblems.detail(e))));
    }
  }

  private String reason(MicrosoftConnection connection, Locale locale) {
    return connection.problem() == null
        ? text(Problems.GRANT_REFUSED, locale)
        : text(connection.problem(), locale);
  }

  private static boolean granted(MicrosoftConnection connection, String scope) {
    return connection.grantedScopes().stream()
        .anyMatch(
            s ->
                s.equalsIgnoreCase(scope)
                    || s.toLowerCase(Locale.ROOT).endsWith("/" + scope.toLowerCase(Locale.ROOT)));
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
