package com.tandem.server.web.security;

import com.tandem.server.directory.AccessTokens;
import com.tandem.server.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two doors: the REST API under {@code /api} (HTTP Basic or a personal access token, no session, so
 * no CSRF token is needed) and the back office (form login, session, CSRF on).
 */
@Configuration
class SecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, SignInThrottle throttle)
      throws Exception {
    http.securityMatcher("/api/**")
        .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
        .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("Tandem"))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        ProblemResponses.entryPoint(HttpStatus.UNAUTHORIZED, "Sign-in required"))
                    .accessDeniedHandler(ProblemResponses.accessDenied()));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain backOffice(HttpSecurity http, SignInThrottle throttle) throws Exception {
    http.addFilterBefore(
            new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health/**",
                        "/actuator/prometheus",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
    return http.build();
  }
}
