package com.tandem.server.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started Tandem where to open it. */
@Component
class StartupBanner {

  private final String publicUrl;

  StartupBanner(@Value("${tandem.public-url}") String publicUrl) {
    this.publicUrl = publicUrl;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    System.out.println();
    System.out.println(" Tandem is running at " + publicUrl + "  (sign in as admin)");
    System.out.println();
  }
}
