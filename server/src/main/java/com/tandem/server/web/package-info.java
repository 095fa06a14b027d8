/**
 * Web support shared by every feature: the two security filter chains (API and back office),
 * sign-in slow-down, bearer tokens, body size limit, problem details, error pages and the API
 * description.
 */
package com.tandem.server.web;
