package id.kasir.app;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

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
}
