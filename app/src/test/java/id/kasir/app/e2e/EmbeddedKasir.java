package id.kasir.app.e2e;

import id.kasir.app.KasirApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default — Kasir with its in-process sandbox — started on a free port with a fresh
 * in-memory H2 database, for end-to-end tests over real HTTP. The port must be known before start,
 * because the sandbox's links and notifications and the adapters' base URLs are built from it.
 */
public final class EmbeddedKasir implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EmbeddedKasir(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    /** {@code extraProperties} ({@code name=value}) add to the defaults or replace them, e.g. the datasource. */
    public static EmbeddedKasir start(String... extraProperties) {
        return start(freePort(), "jdbc:h2:mem:kasir-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", extraProperties);
    }

    /** Kasir on a given port and database (e.g. a second node on the first one's database, or a restart). */
    public static EmbeddedKasir start(int port, String databaseUrl, String... extraProperties) {
        return startWith(List.of(), port, databaseUrl, extraProperties);
    }

    /**
     * As {@link #start(int, String, String...)}, with more bean sources (plain classes with {@code @Bean}
     * methods, not {@code @Configuration}, so that component scanning never picks them up for other tests).
     */
    public static EmbeddedKasir startWith(List<Class<?>> sources, int port, String databaseUrl,
                                          String... extraProperties) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String property : List.of(
                "server.port=" + port,
                "kasir.public-base-url=http://localhost:" + port,
                "spring.datasource.url=" + databaseUrl,
                "kasir.expiry.enabled=false",
                "server.shutdown=immediate",
                "spring.main.banner-mode=off")) {
            put(properties, property);
        }
        for (String property : extraProperties) {
            put(properties, property);
        }
        // As command-line arguments: they must win over application.yml (builder properties would not); each
        // name once, or Spring would join two values with a comma.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KasirApplication.class)
                .sources(sources.toArray(Class<?>[]::new))
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new));
        return new EmbeddedKasir(context, port);
    }

    private static void put(Map<String, String> properties, String property) {
        int equals = property.indexOf('=');
        properties.put(property.substring(0, equals), property.substring(equals + 1));
    }

    public int port() {
        return port;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    /** Sends with any client (one with cookies, say), an I/O failure failing the test as unchecked. */
    public static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

}
