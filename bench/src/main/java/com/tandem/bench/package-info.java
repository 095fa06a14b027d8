/** Tandem bench. */
package com.tandem.bench;
