/** Tandem engine. */
package com.tandem.engine;
