package com.tandem.server.account;

import com.tandem.graph.model.User;
import com.tandem.server.directory.Actor;
import com.tandem.server.directory.Directory;
import com.tandem.server.settings.AuditTrail;
import com.tandem.server.web.ConflictException;
import com.tandem.server.web.ForbiddenException;
import com.tandem.server.web.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Application mode: an administrator links a CRM user to the Microsoft user whose mailbox Tandem
 * reaches with client credentials. The rules: the Microsoft user must exist in the tenant; it
 * belongs to at most one CRM user; an organization administrator links a user only to the Microsoft
 * user of that user's own e-mail address, and only a system administrator links to another address
 * (recorded in the audit trail), since client credentials reach every mailbox of the tenant.
 */
@Service
class LinkUsers {

  private static final Logger log = LoggerFactory.getLogger(LinkUsers.class);

  /** What the audit trail calls a link made by hand. */
  static final String AUDITED = "microsoft.linked_user";

  private final AccountAccess access;
  private final TenantUsers tenant;
  private final JdbcUserLinks links;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  LinkUsers(
      AccountAccess access,
      TenantUsers tenant,
      JdbcUserLinks links,
      AuditTrail audit,
      MessageSource messages,
      ApplicationEventPublisher events,
      Clock clock) {
    this.access = access;
    this.tenant = tenant;
    this.links = links;
    this.audit = audit;
    this.messages = messages;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Links {@code userId} to {@code microsoftUser}, or by e-mail when it is blank.
   *
   * @throws InvalidInputException when the name is malformed or the Microsoft user does not exist
   * @throws ForbiddenException when the actor may not link this user to that Microsoft user
   * @throws ConflictException when Tandem is not in application mode, or the Microsoft user is
   *     linked to another CRM user already
   */
  UserLink link(Actor actor, long userId, String microsoftUser, Locale locale) {
    Directory.UserRef user = access.manage(actor, userId);
    if (!actor.administers(user.organizationId())) {
      throw new ForbiddenException(text("account.link.administratorsOnly", locale));
    }
    AzureApplication app = tenant.applicationMode(locale);
    boolean blank = microsoftUser == null || microsoftUser.isBlank();
    String wanted = blank ? user.email() : microsoftUser.trim();
    if (wanted == null || !wanted.matches("[^@\\s/]+@[^@\\s/]+")) {
      throw InvalidInputException.of(
          "microsoftUser",
          text(blank ? "account.link.noEmail" : "account.link.badName", locale, user.username()));
    }
    boolean ownAddress = wanted.equalsIgnoreCase(user.email());
    if (!ownAddress && !actor.isSystemAdmin()) {
      throw new ForbiddenException(text("account.link.ownAddressOnly", locale, user.email()));
    }
    User found = tenant.find(app, userId, wanted, locale);
    String upn = found.userPrincipalName() != null ? found.userPrincipalName() : wanted;
    String name = found.displayName() != null ? found.displayName() : upn;
    Optional<UserLink> before = links.find(userId);
    UserLink link = new UserLink(userId, upn, name, ownAddress, clock.instant());
    save(link, locale);
    if (!ownAddress) {
      audit.userChanged(
          actor,
          userId,
          user.organizationId(),
          AUDITED,
          before.map(UserLink::microsoftUser).orElse(null),
          upn);
    }
    events.publishEvent(new MicrosoftAccountChanged(userId));
    log.info("User {} linked user {} to Microsoft user {}", actor.userId(), userId, upn);
    return link;
  }

  /**
   * Links every user of the organization who is not linked yet to the Microsoft user of their own
   * e-mail address, reporting for each user who could not be linked why not.
   */
  LinkReport linkAllByEmail(Actor actor, long organizationId, Locale locale) {
    Directory.OrganizationRef organization =
        access.administeredOrganization(
            actor, organizationId, text("account.link.administratorsOnly", locale));
    tenant.applicationMode(locale);
    List<LinkReport.Linked> linked = new ArrayList<>();
    List<LinkReport.Linked> already = new ArrayList<>();
    List<LinkReport.NotLinked> notLinked = new ArrayList<>();
    for (Directory.UserRef member : access.members(organization.id())) {
      Optional<UserLink> existing = links.find(member.id());
      if (existing.isPresent()) {
        already.add(new LinkReport.Linked(member, existing.get().microsoftUser()));
        continue;
      }
      try {
        UserLink link = link(actor, member.id(), null, locale);
        linked.add(new LinkReport.Linked(member, link.microsoftUser()));
      } catch (InvalidInputException e) {
        notLinked.add(new LinkReport.NotLinked(member, e.problems().get(0).message()));
      } catch (ConflictException | ForbiddenException e) {
        notLinked.add(new LinkReport.NotLinked(member, e.getMessage()));
      }
    }
    return new LinkReport(organization, linked, already, notLinked);
  }

  private void save(UserLink link, Locale locale) {
    Optional<Long> owner = links.linkedTo(link.microsoftUser());
    if (owner.isPresent() && owner.get() != link.userId()) {
      throw taken(link, locale);
    }
    try {
      links.save(link);
    } catch (DuplicateKeyException e) {
      throw taken(link, locale);
    }
  }

  private ConflictException taken(UserLink link, Locale locale) {
    return new ConflictException(
        "microsoftUser", text("account.link.taken", locale, link.microsoftUser()));
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
