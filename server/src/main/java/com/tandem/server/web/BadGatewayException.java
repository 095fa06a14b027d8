package com.tandem.server.web;

/** Microsoft 365 refused or failed a call the request needed: a 502 with the reason. */
public class BadGatewayException extends RuntimeException {

  public BadGatewayException(String message) {
    super(message);
  }
}
