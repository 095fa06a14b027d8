package com.tandem.engine.calendar;

/** How an event shows in free/busy views. */
public enum ShowAs {
  /** Free. */
  FREE,
  /** Tentative. */
  TENTATIVE,
  /** Busy. */
  BUSY,
  /** Out of office. */
  OOF,
  /** Working elsewhere. */
  WORKING_ELSEWHERE,
  /** Unknown. */
  UNKNOWN
}
