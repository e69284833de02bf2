package id.kasir.app.inbox;

import id.kasir.app.reconciliation.ReconciliationTestBeans.MovedClock;
import id.kasir.domain.payment.Payments;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Beans the inbox tests add to Kasir (not a {@code @Configuration}: only tests naming it get them): a
 * clock the test moves, a filter that holds back the sandbox's own notifications (so the test can send
 * exact copies of them at once) and counts Cashi's status queries on the wire, and a switch that freezes
 * the node acting on a notification right after it was stored, as a node killed at that point would be.
 */
public class InboxTestBeans {

    @Bean
    @Primary
    MovedClock testClock() {
        return new MovedClock();
    }

    @Bean
    Capture capture() {
        return new Capture();
    }

    @Bean
    FilterRegistrationBean<Capture> captureFirst(Capture capture) {
        FilterRegistrationBean<Capture> registration = new FilterRegistrationBean<>(capture);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    static Freeze freeze() {
        return new Freeze();
    }

    @Bean
    static BeanPostProcessor freezablePayments(Freeze freeze) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof Payments)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.addAdvice((MethodInterceptor) call -> {
                    if (call.getMethod().getName().equals("byAnyReference") && freeze.armed.getAndSet(false)) {
                        freeze.hold();
                    }
                    return call.proceed();
                });
                return proxy.getProxy();
            }
        };
    }

    /** A gateway's request as the sandbox sent it. */
    public record Captured(String path, List<Map.Entry<String, String>> headers, byte[] body) {
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Holds back every notification the sandbox sends to Kasir (answering 200, so it does not retry); a
     * request carrying {@link #COPY} passes. Counts the Cashi sandbox's check-status requests per order.
     */
    public static final class Capture extends OncePerRequestFilter {
        public static final String COPY = "X-Test-Copy";
        private final List<Captured> held = new CopyOnWriteArrayList<>();
        private final Map<String, AtomicInteger> cashiStatusQueries = new ConcurrentHashMap<>();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI();
            if (path.startsWith("/sandbox/cashi/api/check-status/")) {
                cashiStatusQueries.computeIfAbsent(path.substring(path.lastIndexOf('/') + 1), k -> new AtomicInteger())
                        .incrementAndGet();
            }
            boolean notification = "POST".equals(request.getMethod())
                    && (path.startsWith("/webhooks/") || path.startsWith("/v1.0/"));
            if (!notification || request.getHeader(COPY) != null) {
                chain.doFilter(request, response);
                return;
            }
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : Collections.list(request.getHeaderNames())) {
                for (String value : Collections.list(request.getHeaders(name))) {
                    headers.add(Map.entry(name, value));
                }
            }
            held.add(new Captured(path, headers, request.getInputStream().readAllBytes()));
            response.setStatus(200);
            response.setContentType("text/plain");
            response.getWriter().write("SUCCESS");
        }

        /** The held notification to this path whose body names {@code reference}, if it came. */
        public Optional<Captured> heldFor(String pathPrefix, String reference) {
            return held.stream().filter(c -> c.path().startsWith(pathPrefix) && c.bodyText().contains(reference))
                    .findFirst();
        }

        public int cashiStatusQueries(String orderId) {
            AtomicInteger count = cashiStatusQueries.get(orderId);
            return count == null ? 0 : count.get();
        }
    }

    /**
     * Freezes the next notification being acted on right after it was stored, until {@link #kill} (the
     * thread dies as a killed node's would: no clean-up of any kind runs) or {@link #thaw} (it fails).
     */
    public static final class Freeze {
        final AtomicBoolean armed = new AtomicBoolean();
        private volatile CountDownLatch frozen = new CountDownLatch(1);
        private final CountDownLatch thawed = new CountDownLatch(1);
        private volatile boolean killed;

        public void arm() {
            frozen = new CountDownLatch(1);
            armed.set(true);
        }

        public void awaitFrozen() throws InterruptedException {
            frozen.await();
        }

        /** Lets the frozen thread go on: it fails at once, as the node it stands for is gone. */
        public void thaw() {
            thawed.countDown();
        }

        /** Ends the frozen thread with an {@link Error}, past every {@code catch (RuntimeException)}: nothing is let go. */
        public void kill() {
            killed = true;
            thawed.countDown();
        }

        void hold() {
            frozen.countDown();
            boolean interrupted = false;
            while (true) {
                try {
                    thawed.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (killed) {
                throw new KilledNode();
            }
            throw new IllegalStateException("this node was killed between storing and applying (test)");
        }
    }

    /** What a frozen thread dies of when its node is killed (test). */
    public static final class KilledNode extends Error {
        KilledNode() {
            super("node killed between storing and applying (test)");
        }
    }
}
