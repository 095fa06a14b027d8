package com.tandem.server.web;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * What Tomcat answers before Spring sees a request. An encoded slash ({@code %2F}) is passed on, so
 * that the security firewall refuses it like every other odd path (with a problem detail, see
 * {@link ErrorAnswers}); and the few answers Tomcat still gives itself (a request line it cannot
 * parse) are problem details instead of Tomcat's HTML report, which names the server's version.
 */
@Configuration(proxyBeanMethods = false)
class TomcatEdges {

  @Bean
  TomcatConnectorCustomizer oddPathsReachTheFirewall() {
    return connector -> {
      connector.setEncodedSolidusHandling("passthrough");
      connector.setEncodedReverseSolidusHandling("passthrough");
    };
  }

  @Bean
  TomcatContextCustomizer problemReports() {
    return context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemReportValve.class.getName());
      }
    };
  }

  /** Tomcat's own error answers as problem details. */
  public static class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int code = response.getStatus();
      if (code < 400 || response.getContentWritten() > 0) {
        return;
      }
      HttpStatus status = HttpStatus.resolve(code);
      String title = status == null ? "Error" : status.getReasonPhrase();
      try {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        PrintWriter writer = response.getReporter();
        if (writer != null) {
          writer.write(
              "{\"type\":\"about:blank\",\"title\":\""
                  + title
                  + "\",\"status\":"
                  + code
                  + ",\"detail\":\"The request could not be read.\"}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The client is gone or the answer already started: nothing more to tell.
      }
    }
  }
}
