/**
 * Web support shared by every feature: problem details and error pages, the exceptions features
 * throw to get them, strict JSON bodies, the body size limit, If-Match, durable answers, Tomcat's
 * edges and the API description.
 *
 * <p>Depends on no feature (only {@code database}), so every feature may build on it; who is signed
 * in, and how, is {@code web.security}.
 */
package com.tandem.server.web;
