package com.tandem.server.activity.calendar;

/** How an event shows in the owner's free/busy time. */
public enum ShowAs {
  FREE,
  TENTATIVE,
  BUSY,
  OUT_OF_OFFICE,
  WORKING_ELSEWHERE,
  UNKNOWN
}
