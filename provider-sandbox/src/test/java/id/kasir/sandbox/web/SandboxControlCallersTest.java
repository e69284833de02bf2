package id.kasir.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kasir.sandbox.SandboxApplication;
import id.kasir.sandbox.SandboxAutoConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The sandbox's control endpoints answer callers on loopback only (a forged remote address stands in for
 * a caller elsewhere); its pay pages and gateway APIs answer everyone, as a real gateway's do.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = SandboxApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "kasir.sandbox.enabled=true")
class SandboxControlCallersTest {

    private static final RequestPostProcessor FROM_ELSEWHERE = from("203.0.113.9");
    private static final RequestPostProcessor FROM_LOOPBACK = from("127.0.0.1");

    @Autowired
    private WebApplicationContext context;
    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /sandbox", "GET /sandbox/", "GET /sandbox/_faults", "POST /sandbox/_faults",
            "DELETE /sandbox/_faults", "GET /sandbox/cashin/_sandbox/orders/X1", "POST /sandbox/cashin/_sandbox/orders/X1/pay",
            "GET /sandbox/cashi/_sandbox/orders/X1", "POST /sandbox/cashi/_sandbox/orders/X1/pay",
            "POST /sandbox/cashi/_sandbox/webhook-test", "GET /sandbox/payin/_sandbox/orders/X1",
            "POST /sandbox/payin/_sandbox/orders/X1/pay"})
    void controlEndpointsRefuseACallerElsewhere(String call) throws Exception {
        String body = mvc.perform(request(call).with(FROM_ELSEWHERE)).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("loopback").contains("kasir.sandbox.control-from-loopback-only");
    }

    @Test
    void controlEndpointsAnswerACallerOnThisMachine() throws Exception {
        mvc.perform(get("/sandbox").with(FROM_LOOPBACK)).andExpect(status().isOk());
        mvc.perform(get("/sandbox/_faults").with(from("::1"))).andExpect(status().isOk());
        mvc.perform(get("/sandbox/payin/_sandbox/orders/NOPE").with(from("127.9.9.9"))).andExpect(status().isNotFound());
    }

    @Test
    void anotherSpellingOfAControlPathDoesNotReachTheAction() throws Exception {
        for (String path : new String[] {"/sandbox/cashin/%5Fsandbox/orders/X1/pay", "/sandbox/cashin/_sandbox/orders/X1/pay;x=1",
                "/sandbox//cashin/_sandbox/orders/X1/pay", "/SANDBOX/cashin/_sandbox/orders/X1/pay"}) {
            mvc.perform(post(path).with(FROM_ELSEWHERE)).andExpect(result -> assertThat(result.getResponse().getStatus())
                    .as(path).isIn(403, 404));
        }
    }

    @Test
    void aLoopbackCallerThatCameThroughAProxyIsNotLocal() throws Exception {
        for (String header : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP"}) {
            mvc.perform(get("/sandbox").header(header, "203.0.113.9").with(FROM_LOOPBACK)).andExpect(status().isForbidden());
        }
    }

    @Test
    void payPagesAndGatewayApisStayOpenToEveryone() throws Exception {
        mvc.perform(get("/sandbox/cashi/pay/NOPE").with(FROM_ELSEWHERE))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(403));
        mvc.perform(get("/sandbox/payin/paydesk/NOPE").with(FROM_ELSEWHERE))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(403));
        mvc.perform(post("/sandbox/cashi/api/create-order").contentType("application/json").content("{}").with(FROM_ELSEWHERE))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(403));
    }

    @Test
    void mountingTheSandboxIsAWarningThatSaysWhoReachesItsControls(CapturedOutput output) {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SandboxAutoConfiguration.class))
                .withPropertyValues("kasir.sandbox.enabled=true", "kasir.sandbox.control-from-loopback-only=false")
                .run(context -> assertThat(context).hasNotFailed());

        assertThat(output.getAll()).contains("WARN").contains("The gateway SANDBOX is mounted at /sandbox")
                .contains("Never in production").contains("EVERYONE who reaches this server");
    }

    @Test
    void onlyLiteralLoopbackAddressesCount() {
        assertThat(ControlCallerGuard.isLoopback("127.0.0.1")).isTrue();
        assertThat(ControlCallerGuard.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(ControlCallerGuard.isLoopback("[::1]")).isTrue();
        assertThat(ControlCallerGuard.isLoopback("localhost")).isFalse();
        assertThat(ControlCallerGuard.isLoopback("10.0.0.1")).isFalse();
        assertThat(ControlCallerGuard.isLoopback("::ffff:203.0.113.9")).isFalse();
        assertThat(ControlCallerGuard.isLoopback("")).isFalse();
        assertThat(ControlCallerGuard.isLoopback(null)).isFalse();
    }

    private static MockHttpServletRequestBuilder request(String call) {
        String[] parts = call.split(" ", 2);
        return switch (parts[0]) {
            case "GET" -> get(parts[1]);
            case "DELETE" -> delete(parts[1]);
            default -> post(parts[1]).contentType("application/json").content("{}");
        };
    }
}
