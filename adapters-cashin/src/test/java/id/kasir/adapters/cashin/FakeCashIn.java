package id.kasir.adapters.cashin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A scripted stand-in for Cash In on a random local port, until the sandbox's Cash In is on this branch.
 * It checks every request's signature independently of the adapter's signer (the JDK's
 * {@code Signature}/{@code Mac} over the string it builds itself) and records what it received.
 */
final class FakeCashIn implements AutoCloseable {

    record Received(String path, Map<String, String> headers, String body, boolean signatureValid) {
    }

    record Scripted(int status, String body, CountDownLatch holdUntil) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Scripted> answers = new ConcurrentHashMap<>();
    private final HttpServer server;

    FakeCashIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakeCashIn answer(String path, int status, String body) {
        answers.put(path, new Scripted(status, body, null));
        return this;
    }

    /** Answers only once the latch opens: the caller's read time-out fires first. */
    FakeCashIn answerAfter(String path, CountDownLatch latch, int status, String body) {
        answers.put(path, new Scripted(status, body, latch));
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toUpperCase(java.util.Locale.ROOT), v.get(0)));
        received.add(new Received(path, headers, body, signatureValid(path, headers, body)));
        Scripted scripted = answers.getOrDefault(path, new Scripted(404, "{\"message\":\"no such path\"}", null));
        if (scripted.holdUntil() != null) {
            try {
                scripted.holdUntil().await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = scripted.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(scripted.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // The caller timed out and left: nothing to answer.
        }
    }

    private static boolean signatureValid(String path, Map<String, String> headers, String body) {
        String signedPath = path.startsWith("/pg/fo") ? path.substring("/pg/fo".length()) : path;
        String sts = "POST:" + signedPath + ":" + sha256Hex(body) + ":" + headers.get("X-TIMESTAMP");
        String signature = headers.get("X-SIGNATURE");
        if (signature == null) {
            return false;
        }
        try {
            if (path.contains("/api/v1.0/")) {
                java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
                rsa.initVerify(TestKeys.merchantPublic());
                rsa.update(sts.getBytes(StandardCharsets.UTF_8));
                return rsa.verify(java.util.Base64.getDecoder().decode(signature));
            }
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA512");
            mac.init(new javax.crypto.spec.SecretKeySpec("sandbox-cashin-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(sts.getBytes(StandardCharsets.UTF_8))).equals(signature);
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    /** Our requests are already compact, so no minifying here: a whitespace slip would show up. */
    private static String sha256Hex(String body) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
