package id.kasir.web.admin;

import id.kasir.application.operator.BootstrapFirstAdmin;
import id.kasir.application.operator.LockoutPolicy;
import id.kasir.application.operator.LoginSources;
import id.kasir.application.operator.ManageOperators;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.PasswordHasher;
import id.kasir.application.operator.PasswordRules;
import id.kasir.application.operator.PasswordStrength;
import id.kasir.application.operator.PaymentTotals;
import id.kasir.application.operator.RecordLoginAttempt;
import id.kasir.application.operator.ShowDashboard;
import org.springframework.beans.factory.ObjectProvider;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.web.admin.portal.PortalStoreOutagePage;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Switches the admin portal on ({@code kasir.admin.enabled}, default true): its pages and security
 * chain (component scan of the portal's packages), the operator use cases (the application module has
 * no Spring, and the composition root does not know them), the portal's messages in English and
 * Bahasa Indonesia, and the language cookie.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ConditionalOnProperty(name = "kasir.admin.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AdminPortalProperties.class)
@ComponentScan(basePackages = {"id.kasir.web.admin.security", "id.kasir.web.admin.portal", "id.kasir.web.admin.payments",
        "id.kasir.web.admin.inbox", "id.kasir.web.admin.people", "id.kasir.web.admin.merchant",
        "id.kasir.web.admin.payouts", "id.kasir.web.admin.reconciliation"})
public class AdminPortalAutoConfiguration {

    public static final String LANGUAGE_COOKIE = "kasir-lang";

    @Bean
    @ConditionalOnMissingBean
    LockoutPolicy lockoutPolicy(AdminPortalProperties properties) {
        AdminPortalProperties.Lockout lockout = properties.lockout();
        return new LockoutPolicy(lockout.attackSources(), lockout.attackWindow(), lockout.duration(), lockout.knownSourceFor());
    }

    @Bean
    @ConditionalOnMissingBean
    RecordLoginAttempt recordLoginAttempt(OperatorAccounts accounts, LoginSources sources, AuditTrail audit,
                                          LockoutPolicy policy, Clock clock) {
        return new RecordLoginAttempt(accounts, sources, audit, policy, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    PasswordRules passwordRules(PasswordStrength strength) {
        return new PasswordRules(strength);
    }

    @Bean
    @ConditionalOnMissingBean
    ManageOperators manageOperators(OperatorAccounts accounts, PasswordHasher hasher, PasswordRules rules,
                                    LoginSources sources, AuditTrail audit, Clock clock) {
        return new ManageOperators(accounts, hasher, rules, sources, audit, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    BootstrapFirstAdmin bootstrapFirstAdmin(OperatorAccounts accounts, PasswordHasher hasher, PasswordRules rules,
                                            AuditTrail audit, Clock clock) {
        return new BootstrapFirstAdmin(accounts, hasher, rules, audit, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    ShowDashboard showDashboard(PaymentTotals totals, OpsExceptions opsExceptions, Clock clock,
                                ObjectProvider<ReconciliationRuns> reconciliationRuns) {
        return new ShowDashboard(totals, opsExceptions, clock, reconciliationRuns.getIfAvailable());
    }

    /**
     * The portal's texts, plus a root {@code messages} bundle if another module brings one. Never
     * falls back to the server's own locale: an English page stays English on an Indonesian server.
     */
    @Bean
    @ConditionalOnMissingBean(name = "messageSource")
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("id/kasir/web/admin/messages", "id/kasir/web/admin/payouts/messages",
                "id/kasir/web/admin/inbox/messages");
        if (new ClassPathResource("messages.properties").exists()) {
            messages.addBasenames("messages");
        }
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
        return messages;
    }

    /**
     * The 503 page while Kasir's database cannot be reached. Ordered before Spring Session
     * ({@code Integer.MIN_VALUE + 50}) and Spring Security, whose session and context lookups are what fail
     * first in an outage; after the trusted-proxies filter, so the log sees the client's address.
     */
    @Bean
    FilterRegistrationBean<PortalStoreOutagePage> portalStoreOutagePage(MessageSource messageSource,
                                                                        LocaleResolver localeResolver) {
        FilterRegistrationBean<PortalStoreOutagePage> registration =
                new FilterRegistrationBean<>(new PortalStoreOutagePage(messageSource, localeResolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** The languages of the portal's message bundles; any other {@code ?lang=} is ignored. */
    static final java.util.Set<String> PORTAL_LANGUAGES = java.util.Set.of("en", "id");

    /** The language an ops person picked with {@code ?lang=id|en}, kept in a cookie for a year. */
    @Bean
    @ConditionalOnMissingBean(name = "localeResolver")
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        // A cookie the browser (or anyone) sent in another shape is ignored (default language), not a 500.
        resolver.setRejectInvalidCookies(false);
        return resolver;
    }

    @Bean
    WebMvcConfigurer adminPortalLanguageSwitch() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                // Only the languages the portal has bundles for: ?lang=zh would label English pages lang="zh".
                LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
                    @Override
                    public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                             jakarta.servlet.http.HttpServletResponse response, Object handler)
                            throws jakarta.servlet.ServletException {
                        String lang = request.getParameter("lang");
                        return lang == null || !PORTAL_LANGUAGES.contains(lang) || super.preHandle(request, response, handler);
                    }
                };
                change.setParamName("lang");
                change.setIgnoreInvalidLocale(true);
                registry.addInterceptor(change).addPathPatterns("/admin", "/admin/**", "/login");
            }
        };
    }
}
