package com.tandem.server.shapeoffenders.crowded;

/** The second file of a package that a limit of one file makes crowded. */
public class Second {}
