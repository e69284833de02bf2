package id.kasir.sandbox.cashi;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The merchant's webhook receiver: records every request and answers 200 unless told otherwise. */
final class FakeMerchant implements AutoCloseable {

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> nextStatuses = new ConcurrentLinkedQueue<>();

    private FakeMerchant(HttpServer server) {
        this.server = server;
    }

    static FakeMerchant start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeMerchant merchant = new FakeMerchant(server);
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
                merchant.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        headers, body));
                Integer status = merchant.nextStatuses.poll();
                byte[] answer = "OK".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return merchant;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The merchant answers these statuses to the next requests, then 200 again. */
    void answerNext(Integer... statuses) {
        nextStatuses.addAll(java.util.List.of(statuses));
    }

    /** The next request received, waiting up to 10 s. */
    Received next() {
        try {
            Received request = received.poll(10, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("the merchant received no webhook within 10 s");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next webhook about this order, skipping stragglers about others; waits up to 10 s. */
    Received nextFor(String orderId) {
        String marker = "\"order_id\":\"" + orderId + "\"";
        while (true) {
            Received request = next();
            if (request.bodyText().contains(marker)) {
                return request;
            }
        }
    }

    void reset() {
        received.clear();
        nextStatuses.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    record Received(String method, String path, Map<String, String> headers, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
