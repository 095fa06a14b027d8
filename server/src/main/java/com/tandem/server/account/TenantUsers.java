package com.tandem.server.account;

import com.tandem.graph.GraphClient;
import com.tandem.graph.Mailbox;
import com.tandem.graph.errors.GraphException;
import com.tandem.graph.errors.NotFoundException;
import com.tandem.graph.model.User;
import com.tandem.server.web.ConflictException;
import com.tandem.server.web.InvalidInputException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Microsoft users of the tenant, as application mode reaches them with client credentials:
 * whether Tandem is in application mode at all, and who a name belongs to.
 */
@Component
class TenantUsers {

  private final AzureApplications applications;
  private final ApplicationTokens tokens;
  private final MessageSource messages;
  private final Clock clock;

  TenantUsers(
      AzureApplications applications,
      ApplicationTokens tokens,
      MessageSource messages,
      Clock clock) {
    this.applications = applications;
    this.tokens = tokens;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The application, when it signs in with client credentials.
   *
   * @throws ConflictException when Tandem is not in application mode
   */
  AzureApplication applicationMode(Locale locale) {
    return applications
        .current()
        .filter(AzureApplication::applicationMode)
        .orElseThrow(
            () -> new ConflictException(null, text("account.link.notApplicationMode", locale)));
  }

  /**
   * The Microsoft user named {@code wanted}, looked up for the link of CRM user {@code userId}.
   *
   * @throws InvalidInputException when the tenant has no such user
   * @throws ConflictException when Microsoft 365 could not be asked
   */
  User find(AzureApplication app, long userId, String wanted, Locale locale) {
    GraphClient graph =
        GraphClient.builder(app.endpoints(), mailbox -> tokens.accessToken(app, null))
            .clock(clock)
            .build();
    try {
      return graph.users().get(Mailbox.user("link:" + userId, wanted));
    } catch (NotFoundException e) {
      throw InvalidInputException.of(
          "microsoftUser", text("account.link.noSuchUser", locale, wanted));
    } catch (GraphException e) {
      throw new ConflictException(
          null, text(GraphProblems.key(e), locale, GraphProblems.detail(e)));
    }
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
