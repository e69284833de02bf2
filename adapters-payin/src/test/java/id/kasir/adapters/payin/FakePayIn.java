package id.kasir.adapters.payin;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A scripted stand-in for PayIn over real HTTP (JDK server on a random port), for the answers the
 * sandbox cannot be made to give (a corrupt QRIS CRC, odd envelopes). Each path answers from its
 * queue of scripted replies; every request is recorded with its headers and raw body.
 */
final class FakePayIn implements AutoCloseable {

    record Received(String path, String merchantId, String sign, String body) {
    }

    record Scripted(int status, String body, CountDownLatch holdUntil) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, ConcurrentLinkedDeque<Scripted>> replies = new ConcurrentHashMap<>();
    final List<Received> received = new CopyOnWriteArrayList<>();

    FakePayIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(path, exchange.getRequestHeaders().getFirst("MerchantId"),
                    exchange.getRequestHeaders().getFirst("Sign"), body));
            Scripted reply = replies.getOrDefault(path, new ConcurrentLinkedDeque<>()).poll();
            if (reply == null) {
                reply = new Scripted(404, "{\"code\":404,\"msg\":\"not scripted\"}", null);
            }
            if (reply.holdUntil() != null) {
                try {
                    reply.holdUntil().await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(reply.status(), out.length);
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(out);
                }
            } catch (IOException clientGone) {
                // the client gave up (a read time-out under test): nothing to answer
            }
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakePayIn answer(String path, int status, String body) {
        replies.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).add(new Scripted(status, body, null));
        return this;
    }

    FakePayIn answerAfter(CountDownLatch release, String path, int status, String body) {
        replies.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).add(new Scripted(status, body, release));
        return this;
    }

    static String created(String orderNo, String payCode, String payUrl, String payDeskUrl) {
        return "{\"msg\":\"SUCCESS\",\"code\":200,\"data\":{\"merchantId\":\"1002001\",\"mchOrderNo\":\"K1\","
                + "\"orderNo\":\"" + orderNo + "\",\"payCode\":\"" + payCode + "\",\"payUrl\":\"" + payUrl + "\","
                + "\"payDeskUrl\":\"" + payDeskUrl + "\",\"amount\":\"20000\",\"orderFee\":\"1700\"}}";
    }

    static String queried(String orderNo, String status) {
        return "{\"msg\":\"SUCCESS\",\"code\":200,\"data\":{\"merchantId\":\"1002001\",\"mchOrderNo\":\"K1\","
                + "\"orderNo\":\"" + orderNo + "\",\"payType\":\"41\",\"payCode\":\"\",\"payUrl\":\"\","
                + "\"amount\":\"20000\",\"fee\":\"140.0000\",\"orderStatus\":\"" + status + "\","
                + "\"completionTime\":null,\"nonceStr\":null}}";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
