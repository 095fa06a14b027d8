/**
 * The settings pages of the back office: Microsoft Settings at system, organization and user level
 * (sections, fields, "Use System" / "Use Organization", errors by field) and the settings audit
 * trail. Uses {@code settings} for reading, resolving and changing settings; nothing here stores
 * anything.
 */
package com.tandem.server.settings.web;
