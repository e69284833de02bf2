package id.kasir.app;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Servlet filters that concern every part of Kasir, ahead of every security chain. */
@Configuration(proxyBeanMethods = false)
class WebFilters {

    /** Runs first, so the portal's throttling and audit and the sandbox's loopback check see the client's address. */
    @Bean
    FilterRegistrationBean<TrustedProxies> trustedProxies(@Value("${kasir.trusted-proxies:}") List<String> proxies) {
        FilterRegistrationBean<TrustedProxies> registration = new FilterRegistrationBean<>(new TrustedProxies(proxies));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Gateway notification bodies over kasir.gateway-notifications.max-body-size: 413 before any parsing. */
    @Bean
    FilterRegistrationBean<GatewayNotificationBodyLimit> gatewayNotificationBodyLimit(
            @Value("${kasir.gateway-notifications.max-body-size:64KB}") DataSize maxBodySize) {
        FilterRegistrationBean<GatewayNotificationBodyLimit> registration =
                new FilterRegistrationBean<>(new GatewayNotificationBodyLimit(maxBodySize.toBytes()));
        registration.addUrlPatterns("/webhooks/*", "/v1.0/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** {@code /error} asked for directly: 404, not Spring Boot's 500 "status 999" (error dispatches pass). */
    @Bean
    FilterRegistrationBean<DirectErrorPathRequests> directErrorPathRequests() {
        FilterRegistrationBean<DirectErrorPathRequests> registration =
                new FilterRegistrationBean<>(new DirectErrorPathRequests());
        registration.addUrlPatterns("/error", "/error/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
