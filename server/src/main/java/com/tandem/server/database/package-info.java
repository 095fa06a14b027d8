/**
 * The database as the other features rely on it beyond transactions: {@link
 * com.tandem.server.database.Durability} makes what was committed survive a killed process on the
 * embedded H2 (PostgreSQL's commits do so already). Uses nothing of the other features.
 */
package com.tandem.server.database;
