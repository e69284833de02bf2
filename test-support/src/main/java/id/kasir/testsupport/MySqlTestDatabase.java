package id.kasir.testsupport;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MySQL/MariaDB database of this test JVM: created on first use, used by nothing else, dropped
 * when the JVM exits. Two builds on one server (or two modules of one build, each in its own
 * surefire/failsafe JVM) therefore never clean or migrate each other's tables.
 *
 * <p>The server and the name prefix come from {@code KASIR_TEST_DB_URL} (default
 * {@value #DEFAULT_URL}); the database is {@code <prefix>_<UTC yyyyMMddHHmmss>_<6 letters>}. Leftovers
 * of killed runs with the same prefix are dropped once older than {@code KASIR_TEST_DB_MAX_AGE_HOURS}
 * (default 12), so a crashed build cannot fill the server. An unreachable server is reported as one
 * {@link IllegalStateException} line naming the variables to set: the tests fail, they never skip.
 */
public final class MySqlTestDatabase {

    public static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/kasir_test";

    private static final Pattern URL = Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/?]+)/([A-Za-z0-9_]+)(\\?.*)?$");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern RUN_NAME = Pattern.compile("_(\\d{14})_[a-z]{6}$");

    private static volatile MySqlTestDatabase instance;
    private static volatile String unreachable;

    private final String url;
    private final String serverUrl;
    private final String name;
    private final String serverVersion;

    private MySqlTestDatabase(String url, String serverUrl, String name, String serverVersion) {
        this.url = url;
        this.serverUrl = serverUrl;
        this.name = name;
        this.serverVersion = serverVersion;
    }

    /**
     * This JVM's database, created (and leftovers of old runs dropped) on the first call.
     *
     * @throws IllegalStateException with one line naming {@code KASIR_TEST_DB_*} when the server cannot be reached
     */
    public static MySqlTestDatabase get() {
        if (instance == null && unreachable == null) {
            synchronized (MySqlTestDatabase.class) {
                if (instance == null && unreachable == null) {
                    create();
                }
            }
        }
        if (unreachable != null) {
            throw new IllegalStateException(unreachable);
        }
        return instance;
    }

    /** JDBC URL of this JVM's own database, with the query parameters {@code KASIR_TEST_DB_URL} had. */
    public String url() {
        return url;
    }

    /** The database's name, e.g. {@code kasir_test_20261130203000_qwerty}. */
    public String name() {
        return name;
    }

    public String username() {
        return env("KASIR_TEST_DB_USERNAME", "root");
    }

    public String password() {
        return env("KASIR_TEST_DB_PASSWORD", "");
    }

    /** {@code SELECT VERSION()} of the server, e.g. {@code 10.11.19-MariaDB-0+deb12u1}. */
    public String serverVersion() {
        return serverVersion;
    }

    /**
     * This JVM's database dropped and created again, empty: for a test that starts Kasir as a fresh
     * installation (Flyway from the first migration, the bootstrap admin created with the test's
     * password) after other tests of the same JVM used the database.
     *
     * @throws IllegalStateException when the server refuses
     */
    public synchronized MySqlTestDatabase emptied() {
        try (Connection connection = DriverManager.getConnection(serverUrl, credentials());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            statement.execute("CREATE DATABASE `" + name + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty test database " + name + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** A new connection to this JVM's database (the caller closes it). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials());
    }

    private static void create() {
        String configured = env("KASIR_TEST_DB_URL", DEFAULT_URL);
        Matcher parts = URL.matcher(configured);
        if (!parts.matches()) {
            unreachable = "KASIR_TEST_DB_URL must look like jdbc:mysql://host:port/name_prefix[?params], not " + configured;
            return;
        }
        String server = parts.group(1) + "/";
        String prefix = parts.group(2);
        String params = parts.group(3) == null ? "" : parts.group(3);
        String name = prefix + "_" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_" + randomLetters(6);
        try (Connection connection = DriverManager.getConnection(server + params, credentials());
             Statement statement = connection.createStatement()) {
            String version;
            try (ResultSet rs = statement.executeQuery("SELECT VERSION()")) {
                rs.next();
                version = rs.getString(1);
            }
            dropLeftovers(statement, prefix);
            statement.execute("CREATE DATABASE `" + name + "`");
            instance = new MySqlTestDatabase(server.substring(0, server.length() - 1) + "/" + name + params,
                    server + params, name, version);
            Runtime.getRuntime().addShutdownHook(new Thread(MySqlTestDatabase::dropOwn, "drop-" + name));
            System.out.println("MySQL-backed tests running against " + server + name + " ("
                    + (version.contains("MariaDB") ? "" : "MySQL ") + version + "), dropped when this JVM exits");
        } catch (SQLException e) {
            unreachable = "MySQL tests need a MySQL/MariaDB server: set KASIR_TEST_DB_URL (now " + configured
                    + "), KASIR_TEST_DB_USERNAME, KASIR_TEST_DB_PASSWORD [" + String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse("") + "]";
        }
    }

    private static void dropLeftovers(Statement statement, String prefix) throws SQLException {
        Duration maxAge = Duration.ofHours(Long.parseLong(env("KASIR_TEST_DB_MAX_AGE_HOURS", "12")));
        LocalDateTime cutoff = LocalDateTime.now(ZoneOffset.UTC).minus(maxAge);
        List<String> old = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SHOW DATABASES")) {
            while (rs.next()) {
                String candidate = rs.getString(1);
                if (!candidate.startsWith(prefix + "_")) {
                    continue;
                }
                Matcher run = RUN_NAME.matcher(candidate);
                if (run.find() && run.start() == prefix.length() && startedBefore(run.group(1), cutoff)) {
                    old.add(candidate);
                }
            }
        }
        for (String leftover : old) {
            statement.execute("DROP DATABASE IF EXISTS `" + leftover + "`");
        }
    }

    private static boolean startedBefore(String stamp, LocalDateTime cutoff) {
        try {
            return LocalDateTime.parse(stamp, STAMP).isBefore(cutoff);
        } catch (DateTimeParseException notOurs) {
            return false;
        }
    }

    private static void dropOwn() {
        MySqlTestDatabase own = instance;
        if (own == null || Boolean.parseBoolean(env("KASIR_TEST_DB_KEEP", "false"))) {
            return;
        }
        try (Connection connection = own.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + own.name + "`");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + own.name + " (the next run drops it once old): "
                    + e.getMessage());
        }
    }

    private static Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", env("KASIR_TEST_DB_USERNAME", "root"));
        properties.setProperty("password", env("KASIR_TEST_DB_PASSWORD", ""));
        properties.setProperty("connectTimeout", "3000");
        properties.setProperty("socketTimeout", "30000");
        return properties;
    }

    private static String randomLetters(int count) {
        SecureRandom random = new SecureRandom();
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
