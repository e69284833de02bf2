package id.kasir.web.admin.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

class PortalStoreOutagePageTest {

    private final PortalStoreOutagePage filter = new PortalStoreOutagePage(messages(), locales());

    @Test
    void aSessionLookupThatCannotReachTheDatabaseIsA503PageInTheReadersLanguage() throws Exception {
        MockHttpServletResponse english = run(request("/admin", null), outage());
        MockHttpServletResponse indonesian = run(request("/admin/payments", "id"), outage());

        assertThat(english.getStatus()).isEqualTo(503);
        assertThat(english.getHeader("Retry-After")).isEqualTo("30");
        assertThat(english.getContentType()).startsWith("text/html");
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"problem\"")
                .contains("cannot reach its database").doesNotContain("Exception");
        assertThat(indonesian.getStatus()).isEqualTo(503);
        assertThat(indonesian.getContentAsString(StandardCharsets.UTF_8)).contains("lang=\"id\"")
                .contains("basis data");
    }

    @Test
    void anyOtherFailureGoesOnToTheUsualErrorHandling() {
        IllegalStateException bug = new IllegalStateException("a bug, not an outage");
        assertThatThrownBy(() -> run(request("/admin", null), (req, res) -> {
            throw bug;
        })).isSameAs(bug);
    }

    @Test
    void theMerchantApiIsLeftToItsOwnProblemJson() {
        assertThatThrownBy(() -> run(request("/api/v1/payments", null), outage()))
                .hasRootCauseInstanceOf(SQLTransientConnectionException.class);
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static FilterChain outage() {
        return (request, response) -> {
            throw new IllegalStateException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        };
    }

    private static MockHttpServletRequest request(String path, String language) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (language != null) {
            request.setCookies(new Cookie("kasir-lang", language));
        }
        return request;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("id/kasir/web/admin/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static CookieLocaleResolver locales() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("kasir-lang");
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }
}
