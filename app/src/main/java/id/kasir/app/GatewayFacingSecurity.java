package id.kasir.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The parts of Kasir that gateways and load balancers call: the gateways' notification endpoints
 * (they authenticate by signature, checked in each adapter), the in-process sandbox (a stand-in for
 * the gateways themselves) and the health probe (public, never with details). No session, no CSRF
 * token (a gateway has none), no login. Everything else belongs to the merchant API's and the admin
 * portal's own filter chains; {@code /actuator/info} (versions, the JVM) is the portal's: logged-in staff only.
 */
@Configuration(proxyBeanMethods = false)
class GatewayFacingSecurity {

    @Bean
    @Order(10)
    SecurityFilterChain gatewayFacingFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v1.0/**", "/webhooks/**", "/sandbox/**", "/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
