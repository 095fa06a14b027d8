package com.tandem.server.directory;

import java.util.Objects;

/** An organization as stored, with the version that makes its ETag. */
record Organization(long id, String name, long version) {

  Organization {
    Objects.requireNonNull(name, "name == null");
  }
}
