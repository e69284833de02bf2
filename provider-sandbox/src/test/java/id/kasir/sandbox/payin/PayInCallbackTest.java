package id.kasir.sandbox.payin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Paying, failing and cancelling orders, the callbacks PayIn sends for them, its retry ladder and the callback faults. */
class PayInCallbackTest extends PayInSandboxHttpTestBase {

    @Test
    void sendsASignedSuccessCallbackWhenTheOrderIsPaid() {
        try (FakeMerchant merchant = new FakeMerchant(200)) {
            JsonNode order = createOrder(orderFields(merchant.notifyUrl()));
            String orderNo = order.path("orderNo").asString();

            HttpResponse<String> paid = sandboxAction(orderNo, "pay");

            assertThat(paid.statusCode()).isEqualTo(200);
            assertThat(json(paid).path("orderStatus").asString()).isEqualTo("SUCCESS");
            FakeMerchant.Callback callback = merchant.next();
            assertThat(callback.header("MerchantId")).isEqualTo("1002001");
            assertThat(callback.header("Content-Type")).startsWith("application/json");
            assertThat(callback.header("Sign")).isEqualTo(md5Sign(callback.body(), API_KEY)).matches("[0-9A-F]{32}");
            assertThat(callback.bodyText())
                    .startsWith("{\"amount\":25000.00,\"completionTime\":\"")
                    .contains("\"fee\":1000.0000,\"mchOrderNo\":\"" + order.path("mchOrderNo").asString() + "\"")
                    .contains("\"merchantId\":\"1002001\"", "\"orderNo\":\"" + orderNo + "\"", "\"orderStatus\":\"SUCCESS\"",
                            "\"payType\":\"41\"", "\"payCode\":\"000201");
            JsonNode body = JSON.readTree(callback.body());
            assertThat(body.path("completionTime").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
            assertThat(body.path("nonceStr").asString()).isNotBlank();

            JsonNode queried = queryByOrderNo(orderNo).path("data");
            assertThat(queried.path("orderStatus").asString()).isEqualTo("SUCCESS");
            assertThat(queried.path("completionTime").asString()).isEqualTo(body.path("completionTime").asString());
            eventually(() -> sandboxOrder(orderNo).path("callbacks").size() == 1);
            JsonNode attempt = sandboxOrder(orderNo).path("callbacks").get(0);
            assertThat(attempt.path("httpStatus").asInt()).isEqualTo(200);
            assertThat(attempt.path("delivered").asBoolean()).isTrue();
        }
    }

    @Test
    void sendsFailAndCancelCallbacks() {
        try (FakeMerchant merchant = new FakeMerchant(200)) {
            String failed = createOrder(orderFields(merchant.notifyUrl())).path("orderNo").asString();
            String cancelled = createOrder(orderFields(merchant.notifyUrl())).path("mchOrderNo").asString();

            assertThat(sandboxAction(failed, "fail").statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(merchant.next().body()).path("orderStatus").asString()).isEqualTo("FAIL");
            assertThat(sandboxAction(cancelled, "cancel").statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(merchant.next().body()).path("orderStatus").asString()).isEqualTo("CANCEL");
            assertThat(queryByOrderNo(failed).path("data").path("orderStatus").asString()).isEqualTo("FAIL");
        }
    }

    @Test
    void retriesAFailedCallbackWithTheSameBodyAndSignUntilTheMerchantAnswers200() {
        try (FakeMerchant merchant = new FakeMerchant(500, 500, 500, 200)) {
            String orderNo = createOrder(orderFields(merchant.notifyUrl())).path("orderNo").asString();
            sandboxAction(orderNo, "pay");

            List<FakeMerchant.Callback> callbacks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                callbacks.add(merchant.next());
            }
            eventually(() -> sandboxOrder(orderNo).path("callbacks").size() == 4);

            assertThat(callbacks).extracting(FakeMerchant.Callback::bodyText).containsOnly(callbacks.get(0).bodyText());
            assertThat(callbacks).extracting(c -> c.header("Sign")).containsOnly(md5Sign(callbacks.get(0).body(), API_KEY));
            JsonNode attempts = sandboxOrder(orderNo).path("callbacks");
            assertThat(attempts.valueStream().map(a -> a.path("attempt").asInt()).toList()).containsExactly(1, 2, 3, 4);
            assertThat(attempts.valueStream().map(a -> a.path("httpStatus").asInt()).toList()).containsExactly(500, 500, 500, 200);
            assertThat(attempts.get(3).path("delivered").asBoolean()).isTrue();
            assertThat(merchant.count()).isEqualTo(4);
        }
    }

    @Test
    void givesUpAfterTenRetries() {
        try (FakeMerchant merchant = new FakeMerchant(503)) {
            String orderNo = createOrder(orderFields(merchant.notifyUrl())).path("orderNo").asString();
            sandboxAction(orderNo, "pay");

            eventually(() -> sandboxOrder(orderNo).path("callbacks").size() == 11);

            JsonNode attempts = sandboxOrder(orderNo).path("callbacks");
            assertThat(attempts.valueStream().map(a -> a.path("attempt").asInt()).toList())
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
            assertThat(attempts.valueStream().noneMatch(a -> a.path("delivered").asBoolean())).isTrue();
        }
    }

    @Test
    void takesARedirectAsReceived() {
        try (FakeMerchant merchant = new FakeMerchant(302)) {
            String orderNo = createOrder(orderFields(merchant.notifyUrl())).path("orderNo").asString();
            sandboxAction(orderNo, "pay");
            merchant.next();

            eventually(() -> sandboxOrder(orderNo).path("callbacks").size() == 1);
            assertThat(sandboxOrder(orderNo).path("callbacks").get(0).path("delivered").asBoolean()).isTrue();
        }
    }

    @Test
    void recordsAnUnreachableMerchantAndRetries() {
        String notifyUrl;
        try (FakeMerchant gone = new FakeMerchant()) {
            notifyUrl = gone.notifyUrl();
        }
        String orderNo = createOrder(orderFields(notifyUrl)).path("orderNo").asString();
        sandboxAction(orderNo, "pay");

        eventually(() -> sandboxOrder(orderNo).path("callbacks").size() >= 2);
        JsonNode first = sandboxOrder(orderNo).path("callbacks").get(0);
        assertThat(first.path("httpStatus").isNull()).isTrue();
        assertThat(first.path("error").asString()).isNotBlank();
    }

    @Test
    void refusesToActOnAnOrderTwiceOrOnAnUnknownOne() {
        try (FakeMerchant merchant = new FakeMerchant(200)) {
            String mchOrderNo = createOrder(orderFields(merchant.notifyUrl())).path("mchOrderNo").asString();
            assertThat(sandboxAction(mchOrderNo, "pay").statusCode()).isEqualTo(200);

            assertThat(sandboxAction(mchOrderNo, "pay").statusCode()).isEqualTo(409);
            assertThat(sandboxAction(mchOrderNo, "cancel").statusCode()).isEqualTo(409);
            assertThat(sandboxAction("no-such-order", "pay").statusCode()).isEqualTo(404);
            assertThat(get("/_sandbox/orders/no-such-order").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void refusesToPayAnExpiredOrderUnlessPayAfterExpiryIsOn() {
        try (FakeMerchant merchant = new FakeMerchant(200)) {
            Map<String, Object> fields = orderFields(merchant.notifyUrl());
            fields.put("expireTime", 1);
            String orderNo = createOrder(fields).path("orderNo").asString();
            eventually(() -> sandboxOrder(orderNo).path("expired").asBoolean());

            assertThat(sandboxAction(orderNo, "pay").statusCode()).isEqualTo(409);
            faults.add(FaultRule.of("payin", "pay", Fault.PAY_AFTER_EXPIRY));
            assertThat(sandboxAction(orderNo, "pay").statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(merchant.next().body()).path("orderStatus").asString()).isEqualTo("SUCCESS");
        }
    }

    @Test
    void signsCallbacksWithAWrongKeyUnderBadNotificationSignature() {
        faults.add(FaultRule.of("payin", "callback", Fault.BAD_NOTIFICATION_SIGNATURE));
        try (FakeMerchant merchant = new FakeMerchant(200)) {
            sandboxAction(createOrder(orderFields(merchant.notifyUrl())).path("orderNo").asString(), "pay");

            FakeMerchant.Callback callback = merchant.next();
            assertThat(callback.header("Sign")).matches("[0-9A-F]{32}").isNotEqualTo(md5Sign(callback.body(), API_KEY));
        }
    }

    @Test
    void sendsEachCallbackTwiceUnderDuplicateNotification() {
        faults.add(FaultRule.of("payin", "callback", Fault.DUPLICATE_NOTIFICATION));
        try (FakeMerchant merchant = new FakeMerchant(200)) {
            String orderNo = createOrder(orderFields(merchant.notifyUrl())).path("orderNo").asString();
            sandboxAction(orderNo, "pay");

            FakeMerchant.Callback first = merchant.next();
            FakeMerchant.Callback second = merchant.next();
            assertThat(second.bodyText()).isEqualTo(first.bodyText());
            assertThat(second.header("Sign")).isEqualTo(first.header("Sign")).isEqualTo(md5Sign(first.body(), API_KEY));
            eventually(() -> sandboxOrder(orderNo).path("callbacks").size() == 2);
        }
    }

    @Test
    void sendsAFailAfterTheSuccessUnderOutOfOrderNotification() {
        faults.add(FaultRule.of("payin", "callback", Fault.OUT_OF_ORDER_NOTIFICATION));
        try (FakeMerchant merchant = new FakeMerchant(200)) {
            String orderNo = createOrder(orderFields(merchant.notifyUrl())).path("orderNo").asString();
            sandboxAction(orderNo, "pay");

            FakeMerchant.Callback first = merchant.next();
            FakeMerchant.Callback second = merchant.next();
            assertThat(JSON.readTree(first.body()).path("orderStatus").asString()).isEqualTo("SUCCESS");
            assertThat(JSON.readTree(second.body()).path("orderStatus").asString()).isEqualTo("FAIL");
            assertThat(second.header("Sign")).isEqualTo(md5Sign(second.body(), API_KEY));
            assertThat(queryByOrderNo(orderNo).path("data").path("orderStatus").asString()).isEqualTo("SUCCESS");
        }
    }

    @Test
    void reportsWhatTheCustomerPaidUnderWrongPaidAmount() {
        faults.add(FaultRule.of("payin", "pay", Fault.WRONG_PAID_AMOUNT).withAmountDelta(-1000));
        try (FakeMerchant merchant = new FakeMerchant(200)) {
            String orderNo = createOrder(orderFields(merchant.notifyUrl())).path("orderNo").asString();
            sandboxAction(orderNo, "pay");

            assertThat(merchant.next().bodyText()).startsWith("{\"amount\":24000.00,");
            assertThat(queryByOrderNo(orderNo).path("data").path("amount").asString()).isEqualTo("24000");
            assertThat(sandboxOrder(orderNo).path("orderedAmount").asString()).isEqualTo("25000");
        }
    }
}
