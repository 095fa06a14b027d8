/**
 * Values shared by calendar events and tasks: bodies, Graph's date-time-with-zone, the Windows to
 * IANA time zone table, and the normalization that content hashes rest on.
 */
package com.tandem.engine.fields;
