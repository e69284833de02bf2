package id.kasir.web.api.problem;

import org.apache.catalina.Container;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link ApiProblemErrorReportValve} on Tomcat's host, innermost of its error report valves so it
 * answers first. Ordered last among the server customizers, so that it runs after Spring Boot's, which
 * adds a plain error report valve of its own.
 */
public final class TomcatApiErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            if (host != null) {
                host.getPipeline().addValve(new ApiProblemErrorReportValve());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
