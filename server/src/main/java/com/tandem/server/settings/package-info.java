/**
 * Settings: every setting declared once as a typed {@link com.tandem.server.settings.SettingKey},
 * stored as overrides per scope (system, organization, user), resolved by {@link
 * com.tandem.server.settings.Settings}, audited, and edited through the REST API and the Microsoft
 * Settings pages. {@link com.tandem.server.settings.SecretBox} encrypts secrets at rest and {@link
 * com.tandem.server.settings.SettingsChanged} tells listeners what changed.
 */
package com.tandem.server.settings;
