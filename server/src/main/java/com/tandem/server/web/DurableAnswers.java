package com.tandem.server.web;

import com.tandem.server.database.Durability;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;

/**
 * Nothing a request changed is acknowledged before it is durable: after the controller of a request
 * that may write (any method but GET, HEAD and OPTIONS) returns or fails, and before its answer is
 * written, {@link Durability#now()} puts the commits on disk. API calls and page forms alike.
 */
@Configuration(proxyBeanMethods = false)
class DurableAnswers implements WebMvcRegistrations {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final Durability durability;

  DurableAnswers(Durability durability) {
    this.durability = durability;
  }

  @Override
  public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
    return new RequestMappingHandlerAdapter() {
      @Override
      protected ServletInvocableHandlerMethod createInvocableHandlerMethod(HandlerMethod method) {
        return new ServletInvocableHandlerMethod(method) {
          @Override
          protected Object doInvoke(Object... args) throws Exception {
            try {
              return super.doInvoke(args);
            } finally {
              if (writes()) {
                durability.now();
              }
            }
          }
        };
      }
    };
  }

  private static boolean writes() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
        && !READS.contains(attrs.getRequest().getMethod());
  }
}
