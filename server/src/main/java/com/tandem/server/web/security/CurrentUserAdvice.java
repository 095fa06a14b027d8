package com.tandem.server.web.security;

import com.tandem.server.directory.Actor;
import com.tandem.server.directory.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every back-office page the signed-in person as {@code me}, for the menu. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

  @ModelAttribute("me")
  Actor me(@AuthenticationPrincipal SignedInUser user) {
    return user == null ? null : user.actor();
  }
}
