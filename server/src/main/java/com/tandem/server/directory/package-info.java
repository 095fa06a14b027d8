/**
 * The directory: organizations, users and their roles, personal access tokens, and the rules of who
 * may see and change whom. Other features use only its public types ({@link
 * com.tandem.server.directory.Directory}, {@link com.tandem.server.directory.Actor}, {@link
 * com.tandem.server.directory.SignedInUser}, {@link com.tandem.server.directory.AccessTokens}).
 */
package com.tandem.server.directory;
