package com.tandem.server.account;

import com.tandem.server.directory.Actor;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the Microsoft Account section of a user's Microsoft Settings page shows; the template {@code
 * account/microsoft-account.html} reads it as {@code @microsoftAccountPanel}.
 */
@Component("microsoftAccountPanel")
public class MicrosoftAccountPanel {

  private static final Pattern USER_PAGE = Pattern.compile("^/system/users/(\\d+)/.*");

  /**
   * The section's content.
   *
   * @param userId the user whose account it is
   * @param status NOT_CONNECTED, CONNECTED or RECONNECT_REQUIRED
   * @param accountName the Microsoft account's name, or null
   * @param connectedAt when it was connected, or null
   * @param problem why a reconnect is required, or null
   * @param applicationMode true when accounts are linked by an administrator, not connected
   * @param configured true when an Azure application (or the sandbox) is configured
   * @param mayLink true when the viewer may link the user to a Microsoft user (application mode)
   * @param sandboxUser the user's sandbox sign-in name, or null outside sandbox mode
   * @param sandboxPassword the user's sandbox password, or null outside sandbox mode
   */
  public record View(
      long userId,
      String status,
      String accountName,
      Instant connectedAt,
      String problem,
      boolean applicationMode,
      boolean configured,
      boolean mayLink,
      String sandboxUser,
      String sandboxPassword) {}

  private final AccountAccess access;
  private final MicrosoftConnections connections;
  private final AzureApplications applications;
  private final SandboxTenant sandbox;
  private final MessageSource messages;

  MicrosoftAccountPanel(
      AccountAccess access,
      MicrosoftConnections connections,
      AzureApplications applications,
      SandboxTenant sandbox,
      MessageSource messages) {
    this.access = access;
    this.connections = connections;
    this.applications = applications;
    this.sandbox = sandbox;
    this.messages = messages;
  }

  /** The section for the settings page at {@code pagePath}, seen by {@code me}. */
  public View view(String pagePath, Actor me, Locale locale) {
    long userId = userOf(pagePath, me);
    long organizationId = access.manage(me, userId).organizationId();
    MicrosoftConnection connection = connections.connection(userId);
    Optional<AzureApplication> app = applications.current();
    Optional<JdbcSandbox.Account> account = sandbox.account(userId);
    String problem =
        connection.problem() == null
            ? null
            : messages.getMessage(connection.problem(), null, connection.problem(), locale);
    return new View(
        userId,
        connection.status().name(),
        connection.accountName(),
        connection.connectedAt(),
        problem,
        app.map(AzureApplication::applicationMode).orElse(false),
        app.isPresent(),
        me.administers(organizationId),
        account.map(JdbcSandbox.Account::userPrincipalName).orElse(null),
        account.map(JdbcSandbox.Account::password).orElse(null));
  }

  /** The Microsoft Settings page of a user, as {@code actor} reaches it. */
  static String settingsPage(Actor actor, long userId) {
    return userId == actor.userId()
        ? "/my/configuration/integrations/microsoft"
        : "/system/users/" + userId + "/configuration/integrations/microsoft";
  }

  private static long userOf(String pagePath, Actor me) {
    Matcher m = USER_PAGE.matcher(pagePath == null ? "" : pagePath);
    return m.matches() ? Long.parseLong(m.group(1)) : me.userId();
  }
}
