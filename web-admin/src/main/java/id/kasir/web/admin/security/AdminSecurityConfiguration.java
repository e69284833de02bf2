package id.kasir.web.admin.security;

import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.PasswordHasher;
import id.kasir.application.operator.PasswordStrength;
import id.kasir.application.operator.RecordLoginAttempt;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The admin portal's filter chain: the last, catch-all chain (the gateways', the merchant API's and
 * the API docs' chains match their own paths first). Everything here needs a logged-in ops person,
 * except the login page, the error page and static files.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

    /**
     * Scripts, styles, images and fonts from Kasir itself only: no inline script or style is needed
     * anywhere in the portal (charts read their data from data-* attributes; htmx's own indicator
     * style is switched off). QR images may be data: URLs.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Stored as {@code {bcrypt}…}: bcrypt needs no extra library, and the prefix lets a later encoder take over. */
    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnMissingBean
    PasswordHasher passwordHasher(PasswordEncoder encoder) {
        return new SpringPasswordHasher(encoder);
    }

    /** zxcvbn4j's estimate behind the application's port: the application module takes no library. */
    @Bean
    @ConditionalOnMissingBean
    PasswordStrength passwordStrength() {
        return new ZxcvbnPasswordStrength();
    }

    /** A bean, so that Spring Boot does not also make its default in-memory user with a logged password. */
    @Bean
    @ConditionalOnMissingBean
    UserDetailsService operatorUserDetailsService(OperatorAccounts accounts) {
        return new OperatorUserDetailsService(accounts);
    }

    /** Per-node token buckets that slow down wrong passwords per account and source (Bucket4j). */
    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }

    @Bean
    @Order(100)
    SecurityFilterChain adminPortalFilterChain(HttpSecurity http, UserDetailsService operators,
                                               PasswordEncoder encoder, RecordLoginAttempt logins,
                                               LoginThrottle throttle, OperatorAccounts accounts) throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(operators);
        provider.setPasswordEncoder(encoder);

        http.authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/webjars/**", "/admin-assets/**", "/favicon.ico").permitAll()
                        .requestMatchers("/admin/users", "/admin/users/**").hasAnyRole(PortalRoles.MANAGE_USERS)
                        .requestMatchers("/admin/api-keys", "/admin/api-keys/**").hasAnyRole(PortalRoles.MANAGE_API_KEYS)
                        .requestMatchers("/admin/payments/new").hasAnyRole(PortalRoles.ACT_ON_PAYMENTS)
                        .requestMatchers(HttpMethod.POST, "/admin/payments", "/admin/payments/*/ask",
                                "/admin/payments/*/apply", "/admin/payments/*/cancel").hasAnyRole(PortalRoles.ACT_ON_PAYMENTS)
                        .requestMatchers(HttpMethod.GET, "/admin/payments/*/cancel").hasAnyRole(PortalRoles.ACT_ON_PAYMENTS)
                        .requestMatchers(HttpMethod.POST, "/admin/reconciliation/runs").hasAnyRole(PortalRoles.RUN_RECONCILIATION)
                        .requestMatchers(HttpMethod.POST, "/admin/exceptions/*/resolve", "/admin/exceptions/*/assign")
                        .hasAnyRole(PortalRoles.RESOLVE_EXCEPTIONS)
                        .requestMatchers(HttpMethod.POST, "/admin/exceptions/*/accept", "/admin/exceptions/*/refund",
                                "/admin/refunds/*/done").hasAnyRole(PortalRoles.DECIDE_MONEY_EXCEPTIONS)
                        .requestMatchers(HttpMethod.POST, "/admin/merchant-notifications/*/resend")
                        .hasAnyRole(PortalRoles.RESEND_MERCHANT_NOTIFICATIONS)
                        .requestMatchers("/admin/payouts/new", "/admin/payouts/inquiry").hasAnyRole(PortalRoles.REQUEST_PAYOUTS)
                        .requestMatchers(HttpMethod.POST, "/admin/payouts").hasAnyRole(PortalRoles.REQUEST_PAYOUTS)
                        .requestMatchers("/admin/payouts/*/approve", "/admin/payouts/*/reject")
                        .hasAnyRole(PortalRoles.DECIDE_PAYOUTS)
                        .requestMatchers(HttpMethod.POST, "/admin/payouts/*/refresh").hasAnyRole(PortalRoles.CHECK_PAYOUTS)
                        // Anything else that changes something is refused unless a rule above allows it.
                        .requestMatchers(HttpMethod.POST, "/admin/**").denyAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(new LoginOutcomes.Succeeded(logins, throttle, accounts))
                        .failureHandler(new LoginOutcomes.Failed(logins, throttle))
                        .permitAll())
                .addFilterBefore(new LoginGate(throttle, logins), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionFollowsAccount(accounts), SecurityContextHolderFilter.class)
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler(new LoginOutcomes.LoggedOut(logins))
                        .logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
