/**
 * Calendar events: the CRM event and the Outlook event as engine records (with recurrence and its
 * changed and cancelled occurrences), and the mapping between their vocabularies.
 */
package com.tandem.engine.calendar;
