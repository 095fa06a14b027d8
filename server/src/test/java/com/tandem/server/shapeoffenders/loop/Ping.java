package com.tandem.server.shapeoffenders.loop;

import com.tandem.server.shapeoffenders.loop.back.Pong;

/** Uses a class of a sub-package that uses it back: a circle of two packages. */
public class Ping {

  /** The other half of the circle. */
  public Pong answer() {
    return new Pong();
  }
}
