package com.tandem.server.account;

import com.tandem.server.directory.Directory;
import java.util.Optional;

/** The sign-in name to prefill on the identity platform's page for a user, when one is known. */
interface SandboxLoginHints {
  Optional<String> loginHint(Directory.UserRef user);
}
