package id.kasir.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "192.0.2.1", " ", "::1"));

    private String seenAs(String remote, String... forwardedFor) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(remote);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        AtomicReference<String> seen = new AtomicReference<>();
        proxies.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set(((HttpServletRequest) req).getRemoteAddr());
            }
        });
        return seen.get();
    }

    @Test
    void theClientBehindATrustedProxyIsTheFirstUntrustedHopFromTheRight() throws Exception {
        assertThat(seenAs("10.1.1.1", "203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(seenAs("10.1.1.1", "198.51.100.9, 203.0.113.5, 10.2.2.2")).isEqualTo("203.0.113.5");
        assertThat(seenAs("192.0.2.1", "198.51.100.9", "203.0.113.5")).isEqualTo("203.0.113.5");
        assertThat(seenAs("0:0:0:0:0:0:0:1", "2001:db8::7")).isEqualTo("2001:db8::7");
    }

    @Test
    void hopsWrittenWithAPortCountByTheirAddress() throws Exception {
        assertThat(seenAs("10.1.1.1", "203.0.113.5:4711")).isEqualTo("203.0.113.5");
        assertThat(seenAs("10.1.1.1", "[2001:db8::7]:4711")).isEqualTo("2001:db8::7");
        assertThat(seenAs("10.1.1.1", "203.0.113.5:4711, 10.2.2.2:80")).isEqualTo("203.0.113.5");
    }

    @Test
    void anyoneElsesHeaderIsIgnored() throws Exception {
        assertThat(seenAs("203.0.113.5", "127.0.0.1")).isEqualTo("203.0.113.5");
        assertThat(seenAs("192.0.2.2", "10.1.1.1")).isEqualTo("192.0.2.2");
    }

    @Test
    void garbageOrOnlyProxiesLeaveTheLastTrustedHop() throws Exception {
        assertThat(seenAs("10.1.1.1", "not-an-ip")).isEqualTo("10.1.1.1");
        assertThat(seenAs("10.1.1.1", "evil.example, 10.3.3.3")).isEqualTo("10.3.3.3");
        assertThat(seenAs("10.1.1.1", "10.3.3.3")).isEqualTo("10.3.3.3");
        assertThat(seenAs("10.1.1.1")).isEqualTo("10.1.1.1");
        assertThat(seenAs("10.1.1.1", "999.1.1.1")).isEqualTo("10.1.1.1");
    }

    @Test
    void aSettingThatIsNotAnAddressStopsTheStartNamingIt() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.example")))
                .hasMessageContaining("kasir.trusted-proxies").hasMessageContaining("proxy.example");
    }
}
