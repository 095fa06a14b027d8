package com.tandem.server.directory;

/** What a caller sends to create or rename an organization; checked by the service. */
record OrganizationInput(String name) {}
