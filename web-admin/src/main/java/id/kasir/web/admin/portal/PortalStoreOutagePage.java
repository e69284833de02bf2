package id.kasir.web.admin.portal;

import id.kasir.application.port.StoreUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The portal's page for "Kasir's database cannot be reached": HTTP 503 with {@code Retry-After}, in the
 * reader's language (en, id), instead of a 500 or a stack trace. Wraps the whole filter chain (it runs
 * before Spring Session and Spring Security), because in an outage the first thing to fail is usually
 * not a controller but the session lookup, the security context or the session's save when the page is
 * written — and the error page of a portal must not need the database it reports missing.
 *
 * <p>The page is written here, without Thymeleaf, the layout or the session. Decided from the failure's
 * type ({@link StoreUnavailable#isCauseOf}); anything else passes on unchanged to the usual error handling.
 * The merchant API ({@code /api/}) answers its own problem+json and is left alone.
 */
public class PortalStoreOutagePage extends OncePerRequestFilter {

    /** Seconds a browser (or a person) should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(PortalStoreOutagePage.class);

    private final MessageSource messages;
    private final LocaleResolver locales;

    public PortalStoreOutagePage(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!StoreUnavailable.isCauseOf(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Portal page {} not shown: Kasir's database is unreachable ({})", request.getRequestURI(),
                    StoreUnavailable.describe(failure));
            response.resetBuffer();
            write(request, response);
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        String context = request.getContextPath();
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s</title>
                  <link rel="stylesheet" href="%s/webjars/bootstrap/css/bootstrap.min.css">
                </head>
                <body>
                <main class="container py-5">
                  <h1 class="h3">%s</h1>
                  <p class="lead" id="problem">%s</p>
                  <p class="text-muted">HTTP 503</p>
                  <a class="btn btn-outline-primary" href="%s/admin">%s</a>
                </main>
                </body>
                </html>
                """.formatted(locale.getLanguage(), text("error.503.title", locale), context,
                text("error.503.title", locale), text("error.503", locale), context, text("error.503.again", locale)));
        response.flushBuffer();
    }

    private String text(String code, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, null, code, locale));
    }
}
