package com.tandem.emulator.control;

import com.tandem.emulator.Fault;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** Injected faults waiting for matching requests. */
public final class Faults {
  private record Armed(Fault fault, Pattern pattern, AtomicInteger remaining) {}

  private final List<Armed> armed = new CopyOnWriteArrayList<>();

  /** Arms a fault. */
  public void add(Fault fault) {
    armed.add(
        new Armed(fault, Pattern.compile(fault.pathPattern()), new AtomicInteger(fault.count())));
  }

  /** Clears all faults. */
  public void clear() {
    armed.clear();
  }

  /** The first armed fault matching the request (using up one of its count), or null. */
  public Fault take(String method, String path) {
    if (armed.isEmpty()) {
      return null;
    }
    for (Armed a : armed) {
      if ((a.fault().method() == null || a.fault().method().equalsIgnoreCase(method))
          && a.pattern().matcher(path).find()) {
        int left = a.remaining().decrementAndGet();
        if (left <= 0) {
          armed.remove(a);
        }
        if (left >= 0) {
          return a.fault();
        }
      }
    }
    return null;
  }
}
