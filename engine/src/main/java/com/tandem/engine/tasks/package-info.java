/**
 * Tasks: the CRM task and the Microsoft To Do task as engine records, and the mapping between their
 * vocabularies.
 */
package com.tandem.engine.tasks;
