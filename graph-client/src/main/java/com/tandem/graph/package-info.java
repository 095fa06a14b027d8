/** Tandem graph-client. */
package com.tandem.graph;
