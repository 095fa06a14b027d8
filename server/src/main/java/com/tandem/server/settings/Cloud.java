package com.tandem.server.settings;

/** The Microsoft cloud whose identity platform and Graph endpoints Tandem talks to. */
public enum Cloud {
  GLOBAL("https://login.microsoftonline.com", "https://graph.microsoft.com"),
  US_GOV("https://login.microsoftonline.us", "https://graph.microsoft.us"),
  CHINA("https://login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn"),
  CUSTOM(null, null);

  private final String authorityUrl;
  private final String graphUrl;

  Cloud(String authorityUrl, String graphUrl) {
    this.authorityUrl = authorityUrl;
    this.graphUrl = graphUrl;
  }

  /** The identity platform's base URL of this cloud, or null for {@link #CUSTOM}. */
  public String authorityUrl() {
    return authorityUrl;
  }

  /** Graph's base URL of this cloud, or null for {@link #CUSTOM}. */
  public String graphUrl() {
    return graphUrl;
  }
}
