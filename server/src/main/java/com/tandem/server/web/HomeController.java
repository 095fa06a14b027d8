package com.tandem.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the landing page after it. */
@Controller
class HomeController {

  @GetMapping("/login")
  String login() {
    return "web/login";
  }

  @GetMapping("/")
  String home() {
    return "web/home";
  }
}
