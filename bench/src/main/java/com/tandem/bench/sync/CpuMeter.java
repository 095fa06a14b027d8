package com.tandem.bench.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time used between two snapshots: the whole process, and Tandem's share — every thread except
 * the emulator's and the counting proxy's, which live in the same process only to spare a second
 * JVM. Threads that end between the snapshots are missed, so Tandem's share is a lower bound.
 */
final class CpuMeter {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Map<Long, Long> startByThread;
  private final long processStart;

  private CpuMeter(Map<Long, Long> startByThread, long processStart) {
    this.startByThread = startByThread;
    this.processStart = processStart;
  }

  /** Starts measuring now. */
  static CpuMeter start() {
    return new CpuMeter(tandemThreads(), processCpuNanos());
  }

  /** The CPU used since {@link #start()}. */
  Used stop() {
    Map<Long, Long> now = tandemThreads();
    long tandem = 0;
    for (Map.Entry<Long, Long> e : now.entrySet()) {
      tandem += e.getValue() - startByThread.getOrDefault(e.getKey(), 0L);
    }
    return new Used(tandem, processCpuNanos() - processStart);
  }

  /**
   * CPU nanoseconds used.
   *
   * @param tandemNanos by Tandem's threads (and the benchmark's own calling thread)
   * @param processNanos by the whole process, the emulator included; -1 when unknown
   */
  record Used(long tandemNanos, long processNanos) {

    /** Tandem's milliseconds per unit of work. */
    double tandemMillisPer(int units) {
      return tandemNanos / 1e6 / Math.max(1, units);
    }

    /** The process's milliseconds per unit of work. */
    double processMillisPer(int units) {
      return processNanos / 1e6 / Math.max(1, units);
    }
  }

  private static Map<Long, Long> tandemThreads() {
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info == null || notTandem(info.getThreadName())) {
        continue;
      }
      long nanos = THREADS.getThreadCpuTime(info.getThreadId());
      if (nanos >= 0) {
        cpu.put(info.getThreadId(), nanos);
      }
    }
    return cpu;
  }

  private static boolean notTandem(String name) {
    return name.startsWith("graph-emulator")
        || name.startsWith("HTTP-Dispatcher")
        || name.startsWith(CountingProxy.THREAD_NAME);
  }

  private static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return -1;
  }
}
