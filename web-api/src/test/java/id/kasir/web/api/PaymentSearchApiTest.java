package id.kasir.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.testsupport.RawHttp;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/payments} over 250 payments of its own (created in a day no other test uses):
 * every filter, paged with {@code limit} and {@code after}, finds exactly the payments it should, newest
 * first, each once.
 */
class PaymentSearchApiTest extends MerchantApiTestBase {

    private static final Instant DAY = Instant.parse("2031-03-01T00:00:00Z");
    private static final String WINDOW = "createdFrom=2031-03-01T00:00:00Z&createdTo=2031-03-02T00:00:00Z";
    private static final List<Payment> made = new ArrayList<>();

    @BeforeEach
    void make250PaymentsOnce() {
        synchronized (made) {
            if (!made.isEmpty()) {
                return;
            }
            PaymentMethod[] methods = {PaymentMethod.QRIS, PaymentMethod.CHECKOUT_PAGE, PaymentMethod.EWALLET};
            String[] gateways = {"cashin", "cashi", "payin"};
            for (int i = 0; i < 250; i++) {
                // Every 10 payments share one creation time: the id breaks the tie, pages must not lose any.
                Instant at = DAY.plus(Duration.ofMinutes(i / 10 * 3));
                Payment payment = Payment.request(new PaymentId(UUID.randomUUID().toString()), "REF-S-" + i,
                        new NewPayment("SEARCH-" + i, GatewayId.of(gateways[i % 3]), methods[i % 3 == 0 ? 0 : i % 2 + 1],
                                Money.idr(10_000 + i), at.plus(Duration.ofHours(1)), Customer.UNKNOWN, null, null, null),
                        Actor.merchant("seeder"), at);
                if (i % 5 != 0) {
                    payment.opened(new GatewayPaymentCreated("GW-S-" + i, Money.idr(10_000 + i), null,
                            new PaymentInstructions(null, "000201" + i, null, null)), at);
                }
                if (i % 5 == 1) {
                    payment.apply(GatewayReport.of(PaymentStatus.PAID, Money.idr(10_000 + i),
                            GatewayReport.Source.NOTIFICATION), Actor.gateway(gateways[i % 3]), at);
                }
                kasir.payments.add(payment);
                made.add(kasir.payments.byId(payment.id()).orElseThrow());
            }
        }
    }

    @Test
    void pagesThroughAllOfThemNewestFirstEachOnce() {
        List<JsonNode> all = pages("/api/v1/payments?" + WINDOW + "&limit=40");

        assertThat(all).hasSize(250);
        assertThat(all.stream().map(p -> p.get("id").asString()).distinct()).hasSize(250);
        assertThat(all).extracting(p -> p.get("id").asString()).containsExactlyElementsOf(expected(p -> true));
    }

    @Test
    void filtersByStatusProviderMethodAndCreationTimeOnEveryPage() {
        assertFinds("status=PAID", p -> p.status() == PaymentStatus.PAID);
        assertFinds("status=PENDING", p -> p.status() == PaymentStatus.PENDING);
        assertFinds("provider=cashi", p -> p.gateway().value().equals("cashi"));
        assertFinds("method=EWALLET", p -> p.method() == PaymentMethod.EWALLET);
        assertFinds("provider=payin&status=OPEN", p -> p.gateway().value().equals("payin")
                && p.status() == PaymentStatus.OPEN);
        Instant from = DAY.plus(Duration.ofMinutes(30));
        Instant to = DAY.plus(Duration.ofMinutes(60));
        assertThat(pages("/api/v1/payments?createdFrom=2031-03-01T07:30:00%2B07:00&createdTo=2031-03-01T01:00:00Z&limit=7"))
                .extracting(p -> p.get("id").asString())
                .containsExactlyElementsOf(expected(p -> !p.createdAt().isBefore(from) && p.createdAt().isBefore(to)));
    }

    @Test
    void findsOneOrderByItsExactId() {
        JsonNode page = ApiClient.json(api.get("/api/v1/payments?orderId=SEARCH-117"));

        assertThat(page.get("items")).singleElement()
                .satisfies(p -> assertThat(p.get("orderId").asString()).isEqualTo("SEARCH-117"));
        assertThat(ApiClient.json(api.get("/api/v1/payments?orderId=search-117")).get("items")).isEmpty();
    }

    @Test
    void theNextLinkIsAbsoluteFromThePublicBaseUrlAndKeepsTheFilters() {
        RawHttp.Response raw = RawHttp.get(port, "/api/v1/payments?status=OPEN&" + WINDOW + "&limit=5",
                "Host: evil.example", "Authorization: Bearer " + BOOTSTRAP_KEY);
        assertThat(raw.status()).isEqualTo(200);
        JsonNode first = ApiClient.JSON.readTree(raw.body());

        String next = first.get("next").asString();
        assertThat(next).startsWith(PUBLIC_BASE_URL + "/api/v1/payments?").contains("status=OPEN", "limit=5",
                "after=" + first.get("nextCursor").asString());
        URI uri = URI.create(next);
        JsonNode second = ApiClient.json(api.get(uri.getRawPath() + "?" + uri.getRawQuery()));
        assertThat(second.get("items")).hasSize(5);
        assertThat(second.get("items").get(0).get("id").asString())
                .isNotEqualTo(first.get("items").get(4).get("id").asString());
    }

    @Test
    void aQueryThatCannotBeReadIs400NamingTheParameter() {
        assertInvalid("/api/v1/payments?status=paid", "status");
        assertInvalid("/api/v1/payments?limit=0", "limit");
        assertInvalid("/api/v1/payments?limit=201", "limit");
        assertInvalid("/api/v1/payments?limit=1e2", "limit");
        assertInvalid("/api/v1/payments?createdFrom=yesterday", "createdFrom");
        assertInvalid("/api/v1/payments?createdFrom=%2B10000-01-01T00:00:00Z", "createdFrom");
        assertInvalid("/api/v1/payments?createdTo=1969-12-31T23:59:59Z", "createdTo");
        assertInvalid("/api/v1/payments?createdFrom=2031-03-01T00:00:00Z&createdTo=2031-03-01T00:00:00Z", "createdTo");
        assertInvalid("/api/v1/payments?provder=cashi", "provder");
        assertInvalid("/api/v1/payments?status=PAID&status=OPEN", "status");
        assertInvalid("/api/v1/payments?provider=Cash%20In", "provider");
        assertInvalid("/api/v1/payments?after=not-a-cursor", "after");
        assertInvalid("/api/v1/payments?orderId=" + "x".repeat(65), "orderId");
    }

    @Test
    void aStrayPercentInTheQueryIs400NotAnError() {
        for (String query : List.of("orderId=%", "orderId=%zz", "orderId=%ff", "x=%")) {
            RawHttp.Response response = RawHttp.get(port, "/api/v1/payments?" + query,
                    "Authorization: Bearer " + BOOTSTRAP_KEY);

            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.body()).contains("\"type\":\"urn:kasir:problem:invalid-query\"");
        }
    }

    private void assertInvalid(String path, String parameter) {
        HttpResponse<String> response = api.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(400);
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:kasir:problem:invalid-query");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList()).as(path)
                .contains(parameter);
    }

    private void assertFinds(String filter, Predicate<Payment> which) {
        assertThat(pages("/api/v1/payments?" + filter + "&" + WINDOW + "&limit=9"))
                .as(filter).extracting(p -> p.get("id").asString()).containsExactlyElementsOf(expected(which));
    }

    private List<JsonNode> pages(String first) {
        List<JsonNode> items = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String path = first;
        while (path != null) {
            HttpResponse<String> response = api.get(path);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode page = ApiClient.json(response);
            page.get("items").forEach(items::add);
            JsonNode next = page.get("nextCursor");
            if (next.isNull()) {
                path = null;
            } else {
                assertThat(cursors.add(next.asString())).as("never the same page twice").isTrue();
                URI uri = URI.create(page.get("next").asString());
                path = uri.getRawPath() + "?" + uri.getRawQuery();
            }
        }
        return items;
    }

    private static List<String> expected(Predicate<Payment> which) {
        synchronized (made) {
            return made.stream().filter(which)
                    .sorted(Comparator.comparing(Payment::createdAt).thenComparing(p -> p.id().value()).reversed())
                    .map(p -> p.id().value()).toList();
        }
    }
}
