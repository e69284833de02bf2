package id.kasir.bench.lists;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two kinds of caller a list serves: an ops person logged in to the portal through its form (a real
 * Spring Session cookie, CSRF token and all), and a merchant with an API key ({@code Authorization: Bearer}).
 * Each request reads the whole body, so a timing includes rendering and transfer.
 */
final class Clients {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    /** What one request gave: its status, body size in bytes and, for checks, the body's start. */
    record Answer(int status, long bytes, long lines, String head) {
    }

    private final String baseUrl;
    private final HttpClient portal;
    private final HttpClient api;

    private Clients(String baseUrl) {
        this.baseUrl = baseUrl;
        this.portal = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        this.api = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Logs the bootstrap admin in through the login form; fails unless the portal then answers 200. */
    static Clients loggedIn(String baseUrl) throws IOException, InterruptedException {
        Clients clients = new Clients(baseUrl);
        HttpResponse<String> form = clients.portal.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page (HTTP " + form.statusCode() + ")");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String body = "username=" + enc(KasirUnderTest.ADMIN) + "&password=" + enc(KasirUnderTest.ADMIN_PASSWORD)
                + "&_csrf=" + enc(token);
        HttpResponse<Void> login = clients.portal.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login refused: HTTP " + login.statusCode() + " to " + location);
        }
        Answer dashboard = clients.portal("/admin");
        if (dashboard.status() != 200) {
            throw new IllegalStateException("The portal answers " + dashboard.status() + " after login");
        }
        return clients;
    }

    Answer portal(String path) throws IOException, InterruptedException {
        return read(portal, HttpRequest.newBuilder(URI.create(baseUrl + path)).build());
    }

    Answer api(String path) throws IOException, InterruptedException {
        return read(api, HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + KasirUnderTest.API_KEY).header("Accept", "application/json").build());
    }

    private static Answer read(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] head = in.readNBytes(512);
            long bytes = head.length;
            long lines = newlines(head, head.length);
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                bytes += read;
                lines += newlines(buffer, read);
            }
            return new Answer(response.statusCode(), bytes, lines, new String(head, StandardCharsets.UTF_8));
        }
    }

    private static long newlines(byte[] bytes, int length) {
        long count = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
