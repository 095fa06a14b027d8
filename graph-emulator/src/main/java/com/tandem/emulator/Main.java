package com.tandem.emulator;

/** Runs the emulator standalone. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("graph-emulator");
  }
}
