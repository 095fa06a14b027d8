package com.tandem.server.activity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.tandem.server.testing.TestDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * People for a test: an organization with a user, a colleague and an administrator, and a stranger.
 */
public final class People {

  public static final String PASSWORD = "a-good-password";

  public final TestDirectory directory;
  public final long org;
  public final long user;
  public final long colleague;
  public final long orgAdmin;
  public final long otherOrg;
  public final long stranger;
  public final long strangerAdmin;

  public People(JdbcClient jdbc) {
    directory = new TestDirectory(jdbc);
    org = directory.organization("Acme");
    user = directory.user("uma", PASSWORD, org, "USER");
    colleague = directory.user("colin", PASSWORD, org, "USER");
    orgAdmin = directory.user("ada", PASSWORD, org, "ORG_ADMIN");
    otherOrg = directory.organization("Globex");
    stranger = directory.user("sam", PASSWORD, otherOrg, "USER");
    strangerAdmin = directory.user("sally", PASSWORD, otherOrg, "ORG_ADMIN");
  }

  /** HTTP Basic credentials of one of these people. */
  public RequestPostProcessor as(long userId) {
    return httpBasic(directory.username(userId), PASSWORD);
  }

  /** HTTP Basic credentials of the first system administrator. */
  public static RequestPostProcessor systemAdmin() {
    return httpBasic("admin", "activity-admin-secret");
  }
}
