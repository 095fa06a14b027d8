package com.tandem.server.account;

import com.tandem.graph.GraphClient;
import com.tandem.graph.GraphException;
import com.tandem.graph.Mailbox;
import com.tandem.graph.NotFoundException;
import com.tandem.graph.User;
import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import com.tandem.server.web.ConflictException;
import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.InvalidInputException;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Application mode: an administrator links a CRM user to the Microsoft user whose mailbox Tandem
 * reaches with client credentials — by the user's e-mail address, or a name given by hand. The
 * Microsoft user must exist in the tenant.
 */
@Service
class LinkUsers {

  private static final Logger log = LoggerFactory.getLogger(LinkUsers.class);

  private final AccountAccess access;
  private final AzureApplications applications;
  private final ApplicationTokens tokens;
  private final JdbcUserLinks links;
  private final MessageSource messages;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  LinkUsers(
      AccountAccess access,
      AzureApplications applications,
      ApplicationTokens tokens,
      JdbcUserLinks links,
      MessageSource messages,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.access = access;
    this.applications = applications;
    this.tokens = tokens;
    this.links = links;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Links {@code userId} to {@code microsoftUser}, or by e-mail when it is blank.
   *
   * @throws InvalidInputException when the Microsoft user does not exist
   * @throws ConflictException when Tandem is not in application mode
   */
  UserLink link(Actor actor, long userId, String microsoftUser, Locale locale) {
    Directory.UserRef user = access.manage(actor, userId);
    if (!actor.administers(user.organizationId())) {
      throw new ForbiddenException("Only an administrator links users to Microsoft users.");
    }
    AzureApplication app =
        applications
            .current()
            .filter(AzureApplication::applicationMode)
            .orElseThrow(
                () -> new ConflictException(null, text("account.link.notApplicationMode", locale)));
    boolean byEmail = microsoftUser == null || microsoftUser.isBlank();
    String wanted = byEmail ? user.email() : microsoftUser.trim();
    if (wanted == null || !wanted.matches("[^@\\s/]+@[^@\\s/]+")) {
      throw InvalidInputException.of("microsoftUser", text("account.link.badName", locale));
    }
    GraphClient graph =
        GraphClient.builder(app.endpoints(), mailbox -> tokens.accessToken(app, null))
            .clock(clock)
            .build();
    User found;
    try {
      found = graph.users().get(Mailbox.user("link:" + userId, wanted));
    } catch (NotFoundException e) {
      throw InvalidInputException.of(
          "microsoftUser", text("account.link.noSuchUser", locale, wanted));
    } catch (GraphException e) {
      throw new ConflictException(
          null, text(GraphProblems.key(e), locale, GraphProblems.detail(e)));
    }
    String upn = found.userPrincipalName() != null ? found.userPrincipalName() : wanted;
    String name = found.displayName() != null ? found.displayName() : upn;
    UserLink link = new UserLink(userId, upn, name, byEmail, clock.instant());
    links.save(link);
    events.publishEvent(new MicrosoftAccountChanged(userId));
    log.info("User {} linked user {} to Microsoft user {}", actor.userId(), userId, upn);
    return link;
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
