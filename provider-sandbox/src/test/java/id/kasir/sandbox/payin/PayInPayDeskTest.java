package id.kasir.sandbox.payin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.sandbox.SimulatedGateway;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;

/** The pages a customer's browser opens: the pay desk, its buttons, the e-wallet link; and the index page's view. */
class PayInPayDeskTest extends PayInSandboxHttpTestBase {

    @Autowired
    @Qualifier("payin")
    SimulatedGateway gateway;

    private String path(String url) {
        return URI.create(url).getPath().substring("/sandbox/payin".length());
    }

    @Test
    void showsTheOrderWithItsQrCodeAndThreeButtons() {
        Map<String, Object> fields = orderFields("https://merchant.com/webhooks/payin");
        fields.put("mchOrderNo", "<b>M&1</b>");
        JsonNode order = createOrder(fields);

        HttpResponse<String> page = get(path(order.path("payDeskUrl").asString()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body())
                .contains(order.path("orderNo").asString(), "IDR 25000", "IDR 1000", "PAYING", "data:image/png;base64,")
                .contains("&lt;b&gt;M&amp;1&lt;/b&gt;").doesNotContain("<b>M&1</b>")
                .contains(">Pay</button>", ">Fail</button>", ">Cancel</button>")
                .doesNotContain("<script");
    }

    @Test
    void paysFromThePayDeskAndShowsTheCallbacks() {
        try (FakeMerchant merchant = new FakeMerchant(500, 200)) {
            JsonNode order = createOrder(orderFields(merchant.notifyUrl()));
            String desk = path(order.path("payDeskUrl").asString());

            HttpResponse<String> result = send(HttpRequest.newBuilder(URI.create(base() + desk + "/pay"))
                    .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.noBody()).build());

            assertThat(result.statusCode()).isEqualTo(200);
            assertThat(result.body()).contains("SUCCESS");
            merchant.next();
            merchant.next();
            eventually(() -> sandboxOrder(order.path("orderNo").asString()).path("callbacks").size() == 2);
            assertThat(get(desk).body()).contains("HTTP 500", "HTTP 200 (delivered)").doesNotContain(">Pay</button>");
            HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(base() + desk + "/fail"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(again.statusCode()).isEqualTo(409);
        }
    }

    @Test
    void leadsTheEwalletLinkToThePayDesk() {
        Map<String, Object> fields = orderFields("https://merchant.com/webhooks/payin");
        fields.put("payType", "44");
        JsonNode order = createOrder(fields);
        String link = order.path("payUrl").asString();

        HttpResponse<String> response = get(base() + path(link.substring(0, link.indexOf('?'))) + link.substring(link.indexOf('?')));

        assertThat(order.path("payCode").asString()).isEmpty();
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(order.path("payDeskUrl").asString());
        assertThat(get(path(order.path("payDeskUrl").asString())).body()).contains("Pay in OVO");
    }

    @Test
    void saysSoForAnUnknownOrder() {
        assertThat(get("/paydesk/PAYIN0000000000000000000").statusCode()).isEqualTo(404);
        assertThat(get("/qr/PAYIN0000000000000000000.png").statusCode()).isEqualTo(404);
    }

    @Test
    void listsItsOrdersForTheIndexPage() {
        JsonNode order = createOrder(orderFields("https://merchant.com/webhooks/payin"));

        assertThat(gateway.name()).isEqualTo("payin");
        assertThat(gateway.publicKeyPem()).isNull();
        SimulatedGateway.OrderView newest = gateway.orders(1).get(0);
        assertThat(newest.gatewayReference()).isEqualTo(order.path("orderNo").asString());
        assertThat(newest.merchantReference()).isEqualTo(order.path("mchOrderNo").asString());
        assertThat(newest.amount()).isEqualTo("25000");
        assertThat(newest.status()).isEqualTo("PAYING");
        assertThat(newest.payPageUrl()).isEqualTo(order.path("payDeskUrl").asString());
    }
}
