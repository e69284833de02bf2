package id.kasir.web.api.security;

import id.kasir.application.merchant.AuthenticateApiKey;
import id.kasir.web.api.MerchantApiProperties;
import id.kasir.web.api.input.ApiRequestBodyFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The merchant API's filter chains: {@code /api/**} needs an API key (order 20, after the
 * gateway-facing chain at 10); the OpenAPI document and Swagger UI are public (order 21). Both
 * stateless and without CSRF: callers are servers presenting a key, not browsers holding a session.
 * Request bodies are checked ({@link ApiRequestBodyFilter}: size, media type, UTF-8) before the key
 * is looked up, so an oversized or undecodable body costs no database round trip.
 */
@Configuration(proxyBeanMethods = false)
public class MerchantApiSecurity {

    public static final int API_ORDER = 20;
    public static final int DOCS_ORDER = 21;

    @Bean
    @Order(API_ORDER)
    SecurityFilterChain merchantApiFilterChain(HttpSecurity http, AuthenticateApiKey authenticateApiKey,
                                               MerchantApiProperties properties) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
        // Built here, not as beans: a Filter bean would also be registered with the servlet container for every path.
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("MERCHANT_API"))
                .addFilterBefore(new ApiRequestBodyFilter(properties.maxBodySize().toBytes()),
                        SecurityContextHolderFilter.class)
                .addFilterBefore(new ApiKeyAuthenticationFilter(authenticateApiKey), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(DOCS_ORDER)
    SecurityFilterChain merchantApiDocsFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
