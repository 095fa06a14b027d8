package com.tandem.server.directory;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal of a signed-in Tandem user; controllers take it with
 * {@code @AuthenticationPrincipal SignedInUser user} and ask {@link #actor()}.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

  private final Actor actor;
  private final boolean enabled;
  private String passwordHash;

  public SignedInUser(Actor actor, String passwordHash, boolean enabled) {
    this.actor = actor;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
  }

  /** Who this is and what they may do. */
  public Actor actor() {
    return actor;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return actor.roles().stream()
        .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
        .toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  /** The authorities as a list, for tests and templates. */
  public List<String> roleNames() {
    return actor.roles().stream().map(Enum::name).sorted().toList();
  }
}
