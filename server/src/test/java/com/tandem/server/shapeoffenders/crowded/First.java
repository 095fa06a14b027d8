package com.tandem.server.shapeoffenders.crowded;

/** One of two files in a package that a limit of one file makes crowded. */
public class First {}
