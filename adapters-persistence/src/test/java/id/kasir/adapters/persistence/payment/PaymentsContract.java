package id.kasir.adapters.persistence.payment;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static id.kasir.adapters.persistence.testing.PaymentFixture.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.Page;
import id.kasir.domain.common.StaleAggregateException;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.EventText;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentLookup;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentSearch;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.PaymentTotal;
import id.kasir.domain.payment.Payments;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/** What any {@link Payments} must do; run against H2 and MySQL by the subclasses. */
public abstract class PaymentsContract extends PersistenceContract {

    @Autowired
    Payments payments;

    @Autowired
    PaymentMapper mapper;

    @Test
    void restoresEveryFieldOfAStoredPayment() {
        Payment payment = aPayment().gateway("cashi").method(PaymentMethod.EWALLET).amount(150_000)
                .customer(new Customer("cust-7", "6281234567890", "Siti Aminah", "siti@example.id"))
                .description("Two boxes of kue lapis").requested();
        String qrImage = "data:image/png;base64," + "iVBORw0KGgo".repeat(5_000);
        payment.opened(new GatewayPaymentCreated("CASHI-889", Money.idr(150_037), Money.idr(1_100),
                new PaymentInstructions("https://pay.example/c/889", "000201010212", qrImage, "8808123456")),
                T0.plusSeconds(2));
        payment.apply(new GatewayReport(PaymentStatus.PAID, Money.idr(150_037), Money.idr(1_200), "CASHI-889",
                "settlement", GatewayReport.Source.NOTIFICATION), Actor.gateway("cashi"), T0.plusSeconds(60));

        payments.add(payment);

        Payment loaded = payments.byId(payment.id()).orElseThrow();
        assertThat(loaded.state()).isEqualTo(payment.state());
        assertThat(loaded.instructions().qrImageUrl()).hasSize(qrImage.length());
        assertThat(loaded.paidAmount()).contains(Money.idr(150_037));
        assertThat(loaded.gatewayFee()).contains(Money.idr(1_200));
        assertThat(payments.byOrderId(payment.orderId()).map(Payment::state)).contains(payment.state());
    }

    @Test
    void restoresAbsentOptionalFieldsAsAbsent() {
        Payment payment = aPayment().requested();

        payments.add(payment);

        Payment loaded = payments.byId(payment.id()).orElseThrow();
        assertThat(loaded.state()).isEqualTo(payment.state());
        assertThat(loaded.customer()).isEqualTo(Customer.UNKNOWN);
        assertThat(loaded.instructions()).isEqualTo(PaymentInstructions.NONE);
        assertThat(loaded.paidAmount()).isEmpty();
        assertThat(loaded.gatewayFee()).isEmpty();
        assertThat(loaded.gatewayReference()).isEmpty();
        assertThat(loaded.description()).isEmpty();
        assertThat(loaded.paidAt()).isEmpty();
        assertThat(loaded.version()).isZero();
    }

    @Test
    void theSearchBoxFindsByEveryKindOfReferenceInOneQuery() {
        Payment byPhone = aPayment().orderId("INV-2024-0007").reference("KMX7A1B2C3D4E5F6G7H8")
                .customer(new Customer(null, "0812-3456-7890", null, null)).createdAt(T0).requested();
        payments.add(byPhone);
        Payment other = aPayment().orderId("INV-2024-0100").reference("KMX0000000000000000Z")
                .createdAt(T0.plusSeconds(1)).opened("CASHI-TRX-55");
        payments.add(other);
        payments.add(aPayment().orderId("A_B%C").createdAt(T0.plusSeconds(2)).requested());

        assertThat(found(byPhone.id().value())).containsExactly("INV-2024-0007");
        assertThat(found(byPhone.id().value().toUpperCase())).containsExactly("INV-2024-0007");
        assertThat(found("INV-2024-0007")).containsExactly("INV-2024-0007");
        assertThat(found("inv-2024")).containsExactly("INV-2024-0100", "INV-2024-0007");
        assertThat(found("  Inv-2024-01 ")).containsExactly("INV-2024-0100");
        assertThat(found("kmx7a1b2c3d4e5f6g7h8")).containsExactly("INV-2024-0007");
        assertThat(found("CASHI-TRX-55")).containsExactly("INV-2024-0100");
        assertThat(found("081234567890")).containsExactly("INV-2024-0007");
        assertThat(found("6281234567890")).containsExactly("INV-2024-0007");
        assertThat(found("+62 812 3456 7890")).containsExactly("INV-2024-0007");
        assertThat(found("a_b%")).containsExactly("A_B%C");
        assertThat(found("a%")).isEmpty();
        assertThat(found("INV-2025")).isEmpty();
        assertThat(payments.find(PaymentLookup.of("INV"), 1)).hasSize(1);
    }

    @Test
    void totalsCountAndAddUpTheAmountsToPayOfEveryPageOfAFilter() {
        payments.add(aPayment().orderId("T-1").gateway("cashi").amount(10_000).createdAt(T0).requested());
        payments.add(aPayment().orderId("T-2").gateway("cashi").amount(15_000).createdAt(T0.plusSeconds(1)).requested());
        payments.add(aPayment().orderId("T-3").gateway("cashi").amount(7_000).createdAt(T0.plusSeconds(2)).opened("G-3"));
        payments.add(aPayment().orderId("T-4").gateway("payin").amount(99_000).createdAt(T0.plusSeconds(3)).requested());

        PaymentSearch cashi = new PaymentSearch(GatewayId.of("cashi"), null, null, null, null, null, null, null, null,
                null, null, 1);

        assertThat(payments.totals(cashi)).containsExactly(
                new PaymentTotal(PaymentStatus.PENDING, 2, Money.idr(25_000)),
                new PaymentTotal(PaymentStatus.OPEN, 1, Money.idr(7_000)));
        assertThat(payments.totals(cashi.after(payments.search(cashi).nextCursor().orElseThrow())))
                .as("the cursor does not narrow the totals").hasSize(2);
    }

    @Test
    void totalsAddUpOnlyTheNewestWindowOfMatchesInListOrder() {
        payments.add(aPayment().orderId("W-1").gateway("cashi").amount(10_000).createdAt(T0).requested());
        payments.add(aPayment().orderId("W-2").gateway("cashi").amount(20_000).createdAt(T0.plusSeconds(1)).opened("G-2"));
        payments.add(aPayment().orderId("W-3").gateway("cashi").amount(40_000).createdAt(T0.plusSeconds(2)).opened("G-3"));
        payments.add(aPayment().orderId("W-4").gateway("payin").amount(80_000).createdAt(T0.plusSeconds(3)).requested());
        Payments windowOfTwo = new MyBatisPayments(mapper, 2);

        assertThat(windowOfTwo.totals(new PaymentSearch(GatewayId.of("cashi"), null, null, null, null, null, null, null,
                null, null, null, 50)))
                .as("the two newest cashi payments (W-3, W-2), not the oldest, and not payin's W-4")
                .containsExactly(new PaymentTotal(PaymentStatus.OPEN, 2, Money.idr(60_000)));
        assertThat(payments.totals(PaymentSearch.all(50))).as("within Payments.TOTALS_WINDOW: every match")
                .extracting(PaymentTotal::count).containsExactly(2L, 2L);
    }

    @Test
    void timelineLinesKeepTheirCodedTextAndOldLinesReadWithoutOne() {
        Payment payment = aPayment().orderId("TXT-1").amount(15_042).requested();
        payments.add(payment);
        jdbc.update("INSERT INTO payment_events (payment_id, type, actor, summary, occurred_at) VALUES (?, ?, ?, ?, ?)",
                payment.id().value(), "STATUS_CHANGED", "SYSTEM:old", "Written before codes", LocalDateTime.now());

        List<PaymentEvent> timeline = payments.timeline(payment.id());

        assertThat(timeline.get(0).text()).isEqualTo(new EventText("created",
                List.of("m:IDR 15042.00", "x:cashin", "k:method.QRIS")));
        assertThat(timeline.get(1).text()).isNull();
        assertThat(timeline.get(1).summary()).isEqualTo("Written before codes");
    }

    @Test
    void answersTheOrderIdsOfTheKnownPaymentsOnly() {
        Payment one = aPayment().orderId("OID-1").requested();
        payments.add(one);

        assertThat(payments.orderIds(List.of(one.id(), new PaymentId("no-such")))).containsExactly(
                java.util.Map.entry(one.id(), "OID-1"));
        assertThat(payments.orderIds(List.of())).isEmpty();
    }

    private List<String> found(String typed) {
        return payments.find(PaymentLookup.of(typed), 10).stream().map(Payment::orderId).toList();
    }

    @Test
    void findsNothingForAnUnknownIdOrOrderId() {
        assertThat(payments.byId(new PaymentId("no-such-payment"))).isEmpty();
        assertThat(payments.byOrderId("no-such-order")).isEmpty();
    }

    @Test
    void storesTimesAsUtcWallClockWhateverTheJvmTimeZone() {
        Payment payment = aPayment().createdAt(Instant.parse("2024-05-01T03:04:05.123456Z")).requested();

        payments.add(payment);

        assertThat(jdbc.queryForObject("SELECT created_at FROM payments WHERE id = ?", LocalDateTime.class,
                payment.id().value())).isEqualTo(LocalDateTime.parse("2024-05-01T03:04:05.123456"));
    }

    @Test
    void refusesASecondPaymentWithTheSameOrderId() {
        payments.add(aPayment().orderId("ORDER-1").requested());

        assertThatThrownBy(() -> payments.add(aPayment().orderId("ORDER-1").requested()))
                .isInstanceOf(Payments.DuplicateOrderIdException.class)
                .hasMessageContaining("ORDER-1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payments", Long.class)).isEqualTo(1);
    }

    @Test
    void aTakenReferenceIsNotReportedAsATakenOrderId() {
        payments.add(aPayment().orderId("ORDER-1").reference("REF-SAME").requested());

        assertThatThrownBy(() -> payments.add(aPayment().orderId("ORDER-2").reference("REF-SAME").requested()))
                .isInstanceOf(DuplicateKeyException.class);
        payments.add(aPayment().orderId("ORDER-3").reference("REF-SAME").gateway("payin").requested());
    }

    @Test
    void anUpdateStoresTheChangeAndMovesTheVersionOn() {
        Payment payment = aPayment().requested();
        payments.add(payment);
        Payment loaded = payments.byId(payment.id()).orElseThrow();

        loaded.opened(new GatewayPaymentCreated("GW-1", Money.idr(10_000), null,
                new PaymentInstructions("https://pay.example/1", null, null, null)), T0.plusSeconds(5));
        payments.update(loaded);

        Payment reloaded = payments.byId(payment.id()).orElseThrow();
        assertThat(reloaded.version()).isEqualTo(1);
        assertThat(reloaded.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(reloaded.gatewayReference()).contains("GW-1");
        assertThat(reloaded.instructions().checkoutUrl()).isEqualTo("https://pay.example/1");
        assertThat(reloaded.updatedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void refusesAnUpdateOfAPaymentSomeoneElseChangedFirst() {
        Payment payment = aPayment().opened("GW-1");
        payments.add(payment);
        Payment first = payments.byId(payment.id()).orElseThrow();
        Payment second = payments.byId(payment.id()).orElseThrow();
        first.apply(GatewayReport.of(PaymentStatus.PAID, first.amountToPay(), GatewayReport.Source.NOTIFICATION),
                Actor.gateway("cashin"), T0.plusSeconds(10));
        payments.update(first);

        second.apply(GatewayReport.of(PaymentStatus.FAILED, null, GatewayReport.Source.QUERY),
                Actor.system("reconciliation"), T0.plusSeconds(11));

        assertThatThrownBy(() -> payments.update(second)).isInstanceOf(StaleAggregateException.class)
                .hasMessageContaining(payment.id().value());
        Payment stored = payments.byId(payment.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(payments.timeline(payment.id())).extracting(PaymentEvent::to)
                .containsExactly(PaymentStatus.PENDING, PaymentStatus.OPEN, PaymentStatus.PAID);
    }

    @Test
    void refusesASecondUpdateOfTheSameLoadedObject() {
        Payment payment = aPayment().opened("GW-1");
        payments.add(payment);
        Payment loaded = payments.byId(payment.id()).orElseThrow();
        loaded.apply(GatewayReport.of(PaymentStatus.PAYING, null, GatewayReport.Source.QUERY),
                Actor.system("reconciliation"), T0.plusSeconds(10));
        payments.update(loaded);

        assertThatThrownBy(() -> payments.update(loaded)).isInstanceOf(StaleAggregateException.class);
    }

    @Test
    void storesTheTimelineInOrderAndClearsTheNewEvents() {
        Payment payment = aPayment().requested();
        payment.recordGatewayCall(new GatewayExchange("create", "{\"amount\":\"10000.00\"}", "{\"code\":\"00\"}",
                200, Duration.ofMillis(120)), Actor.system("create-payment"), T0.plusMillis(300));
        payments.add(payment);
        assertThat(payment.newEvents()).isEmpty();

        Payment loaded = payments.byId(payment.id()).orElseThrow();
        loaded.opened(new GatewayPaymentCreated("GW-1", Money.idr(10_000), null, null), T0.plusSeconds(1));
        loaded.apply(GatewayReport.of(PaymentStatus.PAID, Money.idr(10_000), GatewayReport.Source.NOTIFICATION),
                Actor.gateway("cashin"), T0.plusSeconds(9));
        payments.update(loaded);
        assertThat(loaded.newEvents()).isEmpty();

        List<PaymentEvent> timeline = payments.timeline(payment.id());
        assertThat(timeline).extracting(PaymentEvent::type).containsExactly(PaymentEventType.CREATED,
                PaymentEventType.GATEWAY_CALL, PaymentEventType.STATUS_CHANGED, PaymentEventType.STATUS_CHANGED);
        assertThat(timeline.get(0)).isEqualTo(new PaymentEvent(PaymentEventType.CREATED, null, PaymentStatus.PENDING,
                Actor.merchant("test-shop"), timeline.get(0).summary(), null, T0, timeline.get(0).text()));
        assertThat(timeline.get(1).detail()).contains("HTTP 200").contains("{\"code\":\"00\"}");
        assertThat(timeline.get(1).actor()).isEqualTo(Actor.system("create-payment"));
        assertThat(timeline.get(1).at()).isEqualTo(T0.plusMillis(300));
        assertThat(timeline.get(3)).extracting(PaymentEvent::from, PaymentEvent::to, PaymentEvent::actor)
                .containsExactly(PaymentStatus.OPEN, PaymentStatus.PAID, Actor.gateway("cashin"));
        assertThat(timeline.get(3).detail()).isEqualTo("reported amount IDR 10000.00");
        assertThat(payments.timeline(new PaymentId("no-such-payment"))).isEmpty();
    }

    @Test
    void shortensATooLongSummaryInsteadOfFailingTheSave() {
        Payment payment = aPayment().opened("GW-1");
        payments.add(payment);
        Payment loaded = payments.byId(payment.id()).orElseThrow();
        loaded.apply(GatewayReport.of(PaymentStatus.FAILED, null, GatewayReport.Source.QUERY)
                .withGatewayStatus("E".repeat(2_000)), Actor.system("reconciliation"), T0.plusSeconds(3));

        payments.update(loaded);

        List<PaymentEvent> timeline = payments.timeline(payment.id());
        assertThat(timeline.get(timeline.size() - 1).summary()).hasSize(512).endsWith("…");
    }

    @Test
    void findsPaymentsByEachFilter() {
        Payment a = stored(aPayment().gateway("cashin").method(PaymentMethod.QRIS).amount(10_000)
                .customer(new Customer(null, "628111", null, null)).createdAt(T0));
        Payment b = stored(aPayment().gateway("cashi").method(PaymentMethod.QRIS).amount(25_000)
                .createdAt(T0.plusSeconds(60)));
        Payment c = stored(aPayment().gateway("payin").method(PaymentMethod.VA).amount(50_000)
                .customer(new Customer(null, "628222", null, null)).createdAt(T0.plusSeconds(120)));
        Payment d = aPayment().gateway("cashin").method(PaymentMethod.CHECKOUT_PAGE).amount(75_000)
                .createdAt(T0.plusSeconds(180)).opened("CI-REF-D");
        payments.add(d);

        assertThat(ids(s -> with(s, "gateway", GatewayId.of("cashin")))).containsExactly(id(d), id(a));
        assertThat(ids(s -> with(s, "method", PaymentMethod.QRIS))).containsExactly(id(b), id(a));
        assertThat(ids(s -> with(s, "status", PaymentStatus.OPEN))).containsExactly(id(d));
        assertThat(ids(s -> with(s, "createdFrom", T0.plusSeconds(60)))).containsExactly(id(d), id(c), id(b));
        assertThat(ids(s -> with(s, "createdTo", T0.plusSeconds(120)))).containsExactly(id(b), id(a));
        assertThat(ids(s -> with(s, "minAmount", Money.idr(25_000)))).containsExactly(id(d), id(c), id(b));
        assertThat(ids(s -> with(s, "maxAmount", Money.idr(50_000)))).containsExactly(id(c), id(b), id(a));
        assertThat(ids(s -> with(s, "orderId", c.orderId()))).containsExactly(id(c));
        assertThat(ids(s -> with(s, "gatewayReference", "CI-REF-D"))).containsExactly(id(d));
        assertThat(ids(s -> with(s, "customerPhone", "628222"))).containsExactly(id(c));
        assertThat(ids(s -> with(with(s, "gateway", GatewayId.of("cashin")), "minAmount", Money.idr(20_000))))
                .containsExactly(id(d));
        assertThat(ids(s -> with(s, "orderId", "no-such-order"))).isEmpty();
    }

    @Test
    void pagesThroughAllPaymentsNewestFirstWithoutGapsOrRepeats() {
        Set<String> stored = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            // Pairs of payments share a creation time, so the id must break the ties.
            stored.add(id(stored(aPayment().createdAt(T0.plusSeconds(i / 2)))));
        }

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        PaymentSearch search = PaymentSearch.all(3);
        Page<Payment> page;
        do {
            page = payments.search(search);
            pageSizes.add(page.items().size());
            page.items().forEach(p -> seen.add(id(p)));
            search = search.after(page.nextCursor().orElse(null));
        } while (page.nextCursor().isPresent());

        assertThat(pageSizes).containsExactly(3, 3, 2);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
        assertThat(seen).isEqualTo(payments.search(PaymentSearch.all(100)).items().stream().map(this::id).toList());
        List<Instant> times = payments.search(PaymentSearch.all(100)).items().stream().map(Payment::createdAt).toList();
        assertThat(times).isSortedAccordingTo((x, y) -> y.compareTo(x));
    }

    @Test
    void aFullLastPageHasNoCursorToAnEmptyPage() {
        for (int i = 0; i < 6; i++) {
            stored(aPayment().createdAt(T0.plusSeconds(i)));
        }

        Page<Payment> first = payments.search(PaymentSearch.all(3));
        Page<Payment> second = payments.search(PaymentSearch.all(3).after(first.nextCursor().orElseThrow()));

        assertThat(second.items()).hasSize(3);
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void refusesACursorItDidNotMake() {
        assertThatThrownBy(() -> payments.search(PaymentSearch.all(3).after("not-a-cursor")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
    }

    @Test
    void listsOverdueInFlightPaymentsOldestExpiryFirst() {
        Instant now = T0.plus(Duration.ofHours(2));
        Payment expiredLongAgo = stored(aPayment().expiresIn(Duration.ofMinutes(10)));
        Payment expiredLater = aPayment().expiresIn(Duration.ofMinutes(60)).opened("GW-2");
        payments.add(expiredLater);
        Payment expiringExactlyNow = stored(aPayment().expiresIn(Duration.ofHours(2)));
        stored(aPayment().expiresIn(Duration.ofHours(3)));
        Payment paid = aPayment().expiresIn(Duration.ofMinutes(5)).opened("GW-3");
        paid.apply(GatewayReport.of(PaymentStatus.PAID, paid.amountToPay(), GatewayReport.Source.NOTIFICATION),
                Actor.gateway("cashin"), T0.plusSeconds(30));
        payments.add(paid);

        assertThat(payments.overdue(now, 10)).extracting(this::id)
                .containsExactly(id(expiredLongAgo), id(expiredLater), id(expiringExactlyNow));
        assertThat(payments.overdue(now, 1)).extracting(this::id).containsExactly(id(expiredLongAgo));
    }

    @Test
    void walksInFlightPaymentsCreatedBeforeACutOffById() {
        List<String> inFlight = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inFlight.add(id(stored(aPayment().id("p-" + i).createdAt(T0.plusSeconds(i)))));
        }
        stored(aPayment().id("p-late").createdAt(T0.plusSeconds(100)));
        Payment failed = aPayment().id("p-failed").requested();
        failed.declined("05", "Do not honour", T0.plusSeconds(1));
        payments.add(failed);

        List<String> walked = new ArrayList<>();
        String after = null;
        List<Payment> batch;
        do {
            batch = payments.inFlight(T0.plusSeconds(50), after, 2);
            batch.forEach(p -> walked.add(id(p)));
            after = batch.isEmpty() ? after : id(batch.get(batch.size() - 1));
        } while (!batch.isEmpty());

        assertThat(walked).containsExactlyElementsOf(inFlight);
    }

    @Test
    void findsAPaymentByOurReferenceOrElseByTheGatewaysReference() {
        Payment payment = aPayment().gateway("payin").reference("KSR-0001").opened("PAYIN-777");
        payments.add(payment);
        Payment other = aPayment().gateway("cashi").reference("PAYIN-777").requested();
        payments.add(other);

        assertThat(payments.byAnyReference(GatewayId.of("payin"), "KSR-0001").map(this::id)).contains(id(payment));
        assertThat(payments.byAnyReference(GatewayId.of("payin"), "PAYIN-777").map(this::id)).contains(id(payment));
        assertThat(payments.byAnyReference(GatewayId.of("cashi"), "PAYIN-777").map(this::id)).contains(id(other));
        assertThat(payments.byAnyReference(GatewayId.of("cashin"), "KSR-0001")).isEmpty();
        assertThat(payments.byAnyReference(GatewayId.of("payin"), "nothing")).isEqualTo(Optional.empty());
    }

    private Payment stored(id.kasir.adapters.persistence.testing.PaymentFixture fixture) {
        Payment payment = fixture.requested();
        payments.add(payment);
        return payment;
    }

    private List<String> ids(UnaryOperator<PaymentSearch> filter) {
        return payments.search(filter.apply(PaymentSearch.all(50))).items().stream().map(this::id).toList();
    }

    private String id(Payment payment) {
        return payment.id().value();
    }

    /** A copy of the search with one filter set, so each assertion above names only what it filters. */
    private static PaymentSearch with(PaymentSearch s, String filter, Object value) {
        return new PaymentSearch(
                filter.equals("gateway") ? (GatewayId) value : s.gateway(),
                filter.equals("method") ? (PaymentMethod) value : s.method(),
                filter.equals("status") ? (PaymentStatus) value : s.status(),
                filter.equals("createdFrom") ? (Instant) value : s.createdFrom(),
                filter.equals("createdTo") ? (Instant) value : s.createdTo(),
                filter.equals("minAmount") ? (Money) value : s.minAmount(),
                filter.equals("maxAmount") ? (Money) value : s.maxAmount(),
                filter.equals("orderId") ? (String) value : s.orderId(),
                filter.equals("gatewayReference") ? (String) value : s.gatewayReference(),
                filter.equals("customerPhone") ? (String) value : s.customerPhone(),
                s.after(), s.limit());
    }
}
