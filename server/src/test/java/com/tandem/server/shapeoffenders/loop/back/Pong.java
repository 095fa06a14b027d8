package com.tandem.server.shapeoffenders.loop.back;

import com.tandem.server.shapeoffenders.loop.Ping;

/** Uses the class of the package above, which uses it: a circle of two packages. */
public class Pong {

  /** The first half of the circle. */
  public Ping ask() {
    return new Ping();
  }
}
