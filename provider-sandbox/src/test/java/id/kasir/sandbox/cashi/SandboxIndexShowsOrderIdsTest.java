package id.kasir.sandbox.cashi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kasir.sandbox.MerchantOrderIds;
import id.kasir.sandbox.SandboxApplication;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code GET /sandbox} shows, for each order, the merchant's own order id that the host says is behind the
 * reference the gateway was given, and the gateway's own expiry (Cashi's QR life) in WIB.
 */
@SpringBootTest(classes = {SandboxApplication.class, SandboxIndexShowsOrderIdsTest.HostKnowsOrderIds.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "kasir.sandbox.enabled=true")
class SandboxIndexShowsOrderIdsTest {

    @TestConfiguration
    static class HostKnowsOrderIds {
        @Bean
        MerchantOrderIds merchantOrderIds() {
            Map<String, String> known = Map.of("cashi/KMXINDEXTEST00000001", "INV-1001");
            return (gateway, reference) -> Optional.ofNullable(known.get(gateway + "/" + reference));
        }
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    CashiOrderBook book;

    private String index() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        return mvc.perform(get("/sandbox").with(request -> {
            request.setRemoteAddr("127.0.0.1");
            return request;
        })).andReturn().getResponse().getContentAsString();
    }

    @Test
    void eachOrderShowsTheMerchantsOrderIdAndItsQrLifeInWib() throws Exception {
        CashiOrder known = book.open("KMXINDEXTEST00000001", 15_000, id -> "http://pay/" + id, CashiQrisPayload::forOrder);
        book.open("KMXINDEXTEST00000002", 16_000, id -> "http://pay/" + id, CashiQrisPayload::forOrder);
        String qrDies = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Jakarta"))
                .format(known.view(book.now()).expiresAt());

        String html = index();

        assertThat(html).contains("<th>Order id</th>").contains("<th>Expires (WIB)</th>")
                .contains("<td class=\"order-id\">INV-1001</td><td></td><td>KMXINDEXTEST00000001</td>")
                .contains("<td>" + qrDies + "</td>")
                .contains("<td class=\"order-id\"></td><td></td><td>KMXINDEXTEST00000002</td>");
    }
}
