package id.kasir.web.api;

import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestMerchantKasir;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.UnknownCause;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One running test server for all API tests (the context is shared), called with the bootstrap key. */
@SpringBootTest(classes = MerchantApiTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kasir.api.bootstrap-key=" + MerchantApiTestBase.BOOTSTRAP_KEY, "logging.level.root=WARN",
                "kasir.public-base-url=" + MerchantApiTestBase.PUBLIC_BASE_URL})
abstract class MerchantApiTestBase {

    static final String BOOTSTRAP_KEY = "kasir_test_bootstrap-key-for-the-api-tests";
    /** Not the test server's own address: absolute URLs must come from here, never from the request. */
    static final String PUBLIC_BASE_URL = "https://kasir.example";

    @LocalServerPort
    int port;
    @Autowired
    TestMerchantKasir kasir;
    @Autowired
    @Qualifier("cashin")
    FakePaymentGateway cashin;
    @Autowired
    @Qualifier("cashi")
    FakePaymentGateway cashi;
    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port, BOOTSTRAP_KEY);
    }

    @AfterEach
    void restoreGateways() {
        cashin.onCreate(MerchantApiTestApplication::cashinOpens);
        cashi.onCreate(MerchantApiTestApplication::cashiOpens);
        cashin.onQuery(l -> GatewayCallResult.unknown(UnknownCause.UNEXPECTED_ANSWER, "no query scripted",
                GatewayExchange.none("query")));
    }

    static String newOrderId() {
        return "ORD-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String body(String orderId, String provider, String method, long amount) {
        return """
                {"orderId":"%s","amount":%d,"currency":"IDR","provider":"%s","method":"%s","expiresInMinutes":30,
                 "customer":{"id":"c-1","phone":"6281234567890","name":"Budi","email":"budi@example.id"},
                 "successUrl":"https://shop.example/ok","cancelUrl":"https://shop.example/cancel",
                 "description":"2 x Kopi susu"}""".formatted(orderId, amount, provider, method);
    }
}
