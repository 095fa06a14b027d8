package com.tandem.server.settings.web;

import java.util.List;

/**
 * One field of a Microsoft Settings page as the template shows it.
 *
 * @param key the setting's name, also the form parameter
 * @param id the HTML id of the input, which its label points to
 * @param label the field's label
 * @param type text, secret, number, checkbox, select or readonly
 * @param value the value shown (text of the input or selected option)
 * @param options the choices of a select
 * @param overridable true when the page may inherit the field (organization and user pages)
 * @param overridden true when this scope sets the field ("Use System" cleared)
 * @param hint the inherited value and where it comes from, or the default
 * @param error the problem with the submitted value, or null
 * @param conflictOf for a Conflict Resolution field, the id of its direction select
 * @param locked true for a Conflict Resolution field whose direction is not Bidirectional
 */
record FieldView(
    String key,
    String id,
    String label,
    String type,
    String value,
    List<Option> options,
    boolean overridable,
    boolean overridden,
    String hint,
    String inheritedValue,
    String error,
    String conflictOf,
    boolean locked,
    Integer min,
    Integer max) {

  /** One choice of a select. */
  record Option(String value, String label) {}

  /** True for a checkbox that is ticked. */
  public boolean checked() {
    return "true".equals(value);
  }

  /** True when the input is disabled: inherited, or a conflict setting that does not apply. */
  public boolean disabled() {
    return locked || overridable && !overridden;
  }
}
