package id.kasir.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kasir.app.e2e.EmbeddedKasir;
import id.kasir.application.operator.ManageOperators;
import id.kasir.application.operator.NewOperatorAccount;
import id.kasir.application.operator.OperatorRole;
import id.kasir.application.payout.FindPayouts;
import id.kasir.domain.common.Actor;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The payouts issue's "done when", over real HTTP against the whole embedded Kasir and its in-process
 * sandbox: a FINANCE person inquires and requests a payout to a sandbox e-wallet in the portal, an APPROVER
 * approves it there, it reaches SUCCEEDED, and the merchant's endpoint receives a signed
 * {@code payout.succeeded}; the maker approving their own payout is refused. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PayoutsThroughThePortal {

    static final String PASSWORD = "payout e2e password";
    static final String SECRET = "whsec_payouts_e2e";

    private MerchantReceiver receiver;
    private EmbeddedKasir kasir;

    /** What the subclass's Kasir needs besides the defaults (another database, say). */
    abstract String[] extraProperties();

    @BeforeAll
    void startKasir() {
        receiver = new MerchantReceiver();
        kasir = start(receiver, extraProperties());
    }

    @AfterAll
    void stopKasir() {
        if (kasir != null) {
            kasir.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    EmbeddedKasir kasir() {
        return kasir;
    }

    MerchantReceiver receiver() {
        return receiver;
    }

    /** Kasir with fast follow-ups and instant sandbox settlement, notifying {@code receiver}, plus {@code extra}. */
    private static EmbeddedKasir start(MerchantReceiver receiver, String... extra) {
        List<String> properties = new ArrayList<>(List.of(
                "kasir.merchant-notifications.url=" + receiver.url(),
                "kasir.merchant-notifications.secret=" + SECRET,
                "kasir.merchant-notifications.poll-interval=200ms",
                "kasir.sandbox.cashin.transfer-settle-delay=0s",
                "kasir.payouts.follow-up.interval=PT0.2S",
                "kasir.payouts.status-check-backoff=PT0.2S"));
        properties.addAll(List.of(extra));
        EmbeddedKasir kasir = EmbeddedKasir.start(properties.toArray(String[]::new));
        ManageOperators manage = kasir.bean(ManageOperators.class);
        people(manage, "fina", OperatorRole.FINANCE);
        people(manage, "abdi", OperatorRole.APPROVER);
        people(manage, "fay", OperatorRole.FINANCE, OperatorRole.APPROVER);
        return kasir;
    }

    private static void people(ManageOperators manage, String username, OperatorRole... roles) {
        manage.create(new NewOperatorAccount(username, null, EnumSet.of(roles[0], roles)), PASSWORD,
                Actor.system("e2e"), null);
    }

    PortalSession logIn(String username) {
        return PortalSession.logIn(kasir().url(""), username, PASSWORD);
    }

    /** Inquiry, then request, in the portal as {@code maker}; answers the new payout's id. */
    PayoutId requestInThePortal(PortalSession maker, String customerNumber, String amount, String expectedName) {
        assertThat(maker.get("/admin/payouts/new").statusCode()).isEqualTo(200);
        HttpResponse<String> inquired = maker.post("/admin/payouts/inquiry",
                Map.of("channel", "DANA", "customerNumber", customerNumber, "amount", amount));
        assertThat(inquired.body()).contains("id=\"confirmed-name\"").contains("id=\"payout-request\"");
        String reference = "E2E-PO-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> requested = maker.post("/admin/payouts", Map.of("channel", "DANA",
                "customerNumber", customerNumber, "amount", amount, "reference", reference, "expectedName", expectedName));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(302);
        String location = requested.headers().firstValue("Location").orElseThrow();
        // As a browser would: follow the redirect, which also shows (and uses up) the "Requested" message.
        assertThat(maker.get(location.replaceFirst("^https?://[^/]+", "")).body()).contains("id=\"flash-success\"");
        return new PayoutId(location.substring(location.lastIndexOf('/') + 1));
    }

    Payout payout(PayoutId id) {
        return kasir().bean(FindPayouts.class).byId(id);
    }

    @Test
    void aFinancePersonRequestsAnApproverApprovesAndTheMerchantHearsItSucceeded() {
        PortalSession fina = logIn("fina");
        PayoutId id = requestInThePortal(fina, "6281234567890", "50000", "John Doe");
        assertThat(payout(id).status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);

        PortalSession abdi = logIn("abdi");
        String confirmation = abdi.get("/admin/payouts/" + id.value() + "/approve").body();
        assertThat(confirmation).contains("id=\"confirm-number\">6281234567890<").contains("id=\"confirm-name\">John Doe<");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(confirmation);
        assertThat(version.find()).isTrue();
        HttpResponse<String> approved = abdi.post("/admin/payouts/" + id.value() + "/approve",
                Map.of("version", version.group(1), "reason", "refund for order 77"));
        assertThat(approved.statusCode()).isEqualTo(302);

        await().atMost(Duration.ofSeconds(30)).until(() -> payout(id).status() == PayoutStatus.SUCCEEDED);
        Payout succeeded = payout(id);
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver().deliveries.stream()
                .anyMatch(d -> "payout.succeeded".equals(d.type()) && d.body().contains(id.value())));
        MerchantReceiver.Delivery event = receiver().deliveries.stream()
                .filter(d -> "payout.succeeded".equals(d.type()) && d.body().contains(id.value())).findFirst().orElseThrow();
        assertThat(MerchantReceiver.verified(event, SECRET)).as("signed with the merchant's secret").isTrue();
        assertThat(event.body()).contains("\"reference\":\"" + succeeded.reference() + "\"")
                .contains("\"status\":\"SUCCEEDED\"").contains("\"amount\":50000");
        assertThat(kasir().get("/sandbox/cashin/_sandbox/orders/" + succeeded.partnerReferenceNo()).body())
                .contains("\"transferRequests\":1");
        assertThat(fina.get("/admin/payouts/" + id.value()).body()).contains("SUCCEEDED").doesNotContain("6281234567890");
    }

    @Test
    void theMakerApprovingTheirOwnPayoutIsRefusedOverHttpWhateverRolesTheyHold() {
        PortalSession fay = logIn("fay");
        PayoutId id = requestInThePortal(fay, "6281111111111", "25000", "Siti Aminah");

        HttpResponse<String> refused = fay.post("/admin/payouts/" + id.value() + "/approve", Map.of());

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(fay.get("/admin/payouts/" + id.value()).body()).contains("id=\"flash-error\"")
                .contains("The maker of a payout cannot approve or reject it");
        assertThat(payout(id).status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThat(kasir().get("/sandbox/cashin/_sandbox/orders/" + payout(id).partnerReferenceNo()).statusCode())
                .isEqualTo(404);
    }
}
