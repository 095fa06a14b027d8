package com.tandem.graph.model;

/**
 * A directory user, as {@code /me} or {@code /users/{id}} describes them.
 *
 * @param id the user's object id
 * @param displayName the display name
 * @param mail the primary SMTP address, or null without a mailbox
 * @param userPrincipalName the sign-in name
 * @param givenName the first name
 * @param surname the last name
 * @param preferredLanguage the preferred language, e.g. {@code en-US}
 */
public record User(
    String id,
    String displayName,
    String mail,
    String userPrincipalName,
    String givenName,
    String surname,
    String preferredLanguage) {}
