package id.kasir.sandbox.payin;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A merchant's webhook endpoint on the JDK's HTTP server (port 0): records every callback it gets and
 * answers with the HTTP statuses it is told, in turn (the last one repeats).
 */
final class FakeMerchant implements AutoCloseable {

    record Callback(Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String bodyText() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Callback> received = new LinkedBlockingQueue<>();
    private final List<Callback> all = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> statuses;

    FakeMerchant(Integer... statuses) {
        this.statuses = List.of(statuses.length == 0 ? new Integer[] {200} : statuses);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhooks/payin", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Callback callback = new Callback(Map.copyOf(exchange.getRequestHeaders()), body);
            int status;
            synchronized (all) {
                all.add(callback);
                status = this.statuses.get(Math.min(all.size(), this.statuses.size()) - 1);
            }
            received.add(callback);
            if (status == 301 || status == 302) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1:1/elsewhere");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String notifyUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/payin";
    }

    /** The next callback, waiting up to 10 s; fails the test if none comes. */
    Callback next() {
        try {
            Callback callback = received.poll(10, TimeUnit.SECONDS);
            if (callback == null) {
                throw new AssertionError("no callback reached the merchant within 10 s");
            }
            return callback;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    int count() {
        return all.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
