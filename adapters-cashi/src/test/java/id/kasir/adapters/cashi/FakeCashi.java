package id.kasir.adapters.cashi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Cashi over real HTTP, written from its document, for the adapter's tests until the
 * sandbox's simulator is on this branch: create-order (adds a unique 1–99), check-status, and a signed
 * PAYMENT_SETTLED webhook sent on demand. Answers can be scripted per path, or held (a time-out).
 */
final class FakeCashi implements AutoCloseable {

    private volatile Long qrAmount;

    /** From now on, create-order's QR says this amount (tag 54), whatever the amount to pay. */
    FakeCashi qrFor(long amount) {
        this.qrAmount = amount;
        return this;
    }

    record Order(String orderId, long asked, long toPay, String status, Long paid) {
    }

    record Seen(String method, String path, Map<String, List<String>> headers, String body) {
    }

    private static final Pattern AMOUNT = Pattern.compile("\"amount\"\\s*:\\s*(\\d+)");
    private static final Pattern ORDER_ID = Pattern.compile("\"order_id\"\\s*:\\s*\"([^\"]*)\"");

    final String apiKey;
    final String webhookSecret;
    long uniqueAddition = 23;
    final Map<String, Order> orders = new ConcurrentHashMap<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, String[]> scripted = new ConcurrentHashMap<>();
    private final Map<String, Boolean> held = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    FakeCashi(String apiKey, String webhookSecret) {
        this.apiKey = apiKey;
        this.webhookSecret = webhookSecret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request to this operation ({@code create-order}, {@code check-status}) gets this answer. */
    FakeCashi answerNext(String operation, int status, String body) {
        scripted.put(operation, new String[] {String.valueOf(status), body});
        return this;
    }

    /** Requests to this operation are processed but never answered until the fake closes. */
    FakeCashi hold(String operation) {
        held.put(operation, true);
        return this;
    }

    void setStatus(String orderId, String status, Long paid) {
        orders.computeIfPresent(orderId, (id, o) -> new Order(id, o.asked(), o.toPay(), status, paid));
    }

    /** The customer pays {@code paid}; Cashi settles the order. */
    void settle(String orderId, long paid) {
        setStatus(orderId, "SETTLED", paid);
    }

    String settledWebhookBody(String orderId, long amount) {
        return "{\"event\":\"PAYMENT_SETTLED\",\"data\":{\"order_id\":\"" + orderId + "\",\"status\":\"SETTLED\","
                + "\"amount\":" + amount + ",\"provider_tx_id\":\"31277571482\"}}";
    }

    /** Sends a webhook to the merchant, signed with the webhook secret when {@code signed}. */
    HttpResponse<String> sendWebhook(String merchantUrl, String body, boolean signed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(merchantUrl))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signed) {
            request.header("X-Signature", new CashiWebhookSignature(webhookSecret).sign(body.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        seen.add(new Seen(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
        String operation = path.startsWith("/api/create-order") ? "create-order"
                : path.startsWith("/api/check-status/") ? "check-status" : "other";
        String[] answer = answerFor(operation, path, body, exchange.getRequestHeaders().getFirst("x-api-key"));
        String[] script = scripted.remove(operation);
        if (script != null) {
            answer = script;
        }
        if (held.containsKey(operation)) {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] out = answer[1].getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), out.length == 0 ? -1 : out.length);
            exchange.getResponseBody().write(out);
        } catch (IOException clientGone) {
            // The adapter timed out and left: nothing to answer to.
        } finally {
            exchange.close();
        }
    }

    private String[] answerFor(String operation, String path, String body, String key) {
        if (!apiKey.equals(key)) {
            return new String[] {"401", "{\"success\":false,\"message\":\"Invalid API key\"}"};
        }
        if (operation.equals("create-order")) {
            Matcher amount = AMOUNT.matcher(body);
            Matcher orderId = ORDER_ID.matcher(body);
            if (!amount.find() || !orderId.find()) {
                return new String[] {"400", "{\"success\":false,\"message\":\"amount is required\"}"};
            }
            long asked = Long.parseLong(amount.group(1));
            if (asked < 2000) {
                return new String[] {"400", "{\"success\":false,\"message\":\"Minimum amount is 2000\"}"};
            }
            Order order = new Order(orderId.group(1), asked, asked + uniqueAddition, "PENDING", null);
            orders.put(order.orderId(), order);
            return new String[] {"200", "{\"success\":true,\"order_id\":\"" + order.orderId() + "\",\"amount\":"
                    + order.toPay() + ",\"checkout_url\":\"" + baseUrl() + "/pay/" + order.orderId()
                    + "\",\"qrUrl\":\"" + QrPictures.dataUrl(QrPictures.qris(qrAmount != null ? qrAmount : order.toPay())) + "\"}"};
        }
        if (operation.equals("check-status")) {
            Order order = orders.get(path.substring("/api/check-status/".length()));
            if (order == null) {
                return new String[] {"404", "{\"success\":false,\"message\":\"Order not found\"}"};
            }
            long amount = order.paid() != null ? order.paid() : order.toPay();
            return new String[] {"200", "{\"success\":true,\"status\":\"" + order.status() + "\",\"amount\":" + amount
                    + ",\"order_id\":\"" + order.orderId() + "\",\"provider_tx_id\":\"31277571482\"}"};
        }
        return new String[] {"404", "{\"success\":false,\"message\":\"Not found\"}"};
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
