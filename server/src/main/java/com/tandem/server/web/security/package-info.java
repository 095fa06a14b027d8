/**
 * Who is signed in: the two security filter chains (the API with bearer tokens, the back office
 * with a session and a sign-in form), the sign-in slow-down and the signed-in user that every page
 * model carries.
 *
 * <p>Depends on {@code web} and {@code directory} (users and access tokens); no feature depends on
 * it.
 */
package com.tandem.server.web.security;
