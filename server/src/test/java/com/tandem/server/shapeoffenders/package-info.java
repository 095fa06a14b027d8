/**
 * Classes that break the package rules on purpose, for {@code PackageShapeTest} to show that the
 * rules fail on them. Test code only: the rules check the main classes.
 */
package com.tandem.server.shapeoffenders;
