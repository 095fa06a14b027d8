/**
 * Microsoft account connections: the Connect flow (authorization code with PKCE), encrypted token
 * storage with cluster-safe refresh, Check Connection and Disconnect, application-mode links, and
 * the built-in sandbox tenant. Other features use {@link
 * com.tandem.server.account.MicrosoftConnections} only.
 */
package com.tandem.server.account;
