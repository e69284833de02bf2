package id.kasir.sandbox.cashin;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A merchant that receives Cash In's notifications on /v1.0/debit/notify, filed by Cash In's reference. */
final class FakeMerchant implements AutoCloseable {

    record Received(String externalId, String partnerId, String timestamp, String signature, String channelId,
                    String body, JsonNode json) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, BlockingQueue<Received>> byReference = new ConcurrentHashMap<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();

    FakeMerchant() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1.0/debit/notify", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            JsonNode json = JSON.readTree(body);
            Received received = new Received(h.getFirst("X-EXTERNAL-ID"), h.getFirst("X-PARTNER-ID"),
                    h.getFirst("X-TIMESTAMP"), h.getFirst("X-SIGNATURE"), h.getFirst("CHANNEL-ID"), body, json);
            int status = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            byte[] answer = (status == 200 ? "{\"responseCode\":\"2005600\",\"responseMessage\":\"Successful\"}"
                    : "{\"responseCode\":\"5005600\",\"responseMessage\":\"Internal Server Error\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
            queue(json.path("originalPartnerReferenceNo").asString()).add(received);
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next notification about this Cash In reference, waiting up to 10 s. */
    Received next(String referenceNo) throws InterruptedException {
        Received received = queue(referenceNo).poll(10, TimeUnit.SECONDS);
        if (received == null) {
            throw new AssertionError("No notification about " + referenceNo + " within 10 s");
        }
        return received;
    }

    void failNext(int times) {
        failuresToAnswer.set(times);
    }

    private BlockingQueue<Received> queue(String referenceNo) {
        return byReference.computeIfAbsent(referenceNo, r -> new LinkedBlockingQueue<>());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
